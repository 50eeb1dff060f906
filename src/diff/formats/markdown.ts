// A pull-request comment: a summary line, a table per environment/team and a
// collapsed unified diff per changed resource (GitHub-flavoured Markdown).
import { groupTitle, resourceTitle } from "../manifest-diff.js";
import { summaryText, type DiffFormatter } from "./report.js";

const cell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** A fence longer than any backtick run inside, so a manifest's own ``` cannot close it. */
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return "`".repeat(Math.max(3, longest + 1));
}

export const formatDiffMarkdown: DiffFormatter = ({ diff, base, head }) => {
  const out = ["### pipeforge diff", "", `${code(base)} → ${code(head)}: **${summaryText(diff)}**`];
  if (diff.groups.length === 0) out.push("", "No rendered manifest changes.");
  for (const g of diff.groups) {
    out.push("", `#### ${cell(groupTitle(g))}`, "", "| change | kind | name | file |", "|---|---|---|---|");
    for (const c of g.changes) out.push(`| ${c.change} | ${cell(c.kind)} | ${cell(c.namespace ? `${c.namespace}/${c.name}` : c.name)} | ${code(c.path)} |`);
    for (const c of g.changes) {
      if (!c.patch) continue;
      const f = fence(c.patch);
      out.push("", `<details><summary>${cell(resourceTitle(c))}</summary>`, "", `${f}diff`, c.patch.replace(/\n$/, ""), f, "", "</details>");
    }
  }
  return out.join("\n") + "\n";
};
