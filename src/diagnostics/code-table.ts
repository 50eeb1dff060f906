// The code list as a Markdown table: the README's section is this, verbatim.
import { allCodes } from "./codes.js";

export function codeTableMarkdown(): string {
  const rows = allCodes().map((c) => `| ${c.code} | ${c.name} | ${c.severity} | ${c.summary} |`);
  return ["| code | name | default severity | meaning |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}
