// pipeforge explain CODE|RULE: what a diagnostic code or a policy rule means
// and how to fix it. Built-in rules (PFR*) print their reason and examples;
// custom rules are looked up in the repository's policies/.
import path from "node:path";
import { allCodes } from "../../diagnostics/index.js";
import { createNodeHost } from "../../host/index.js";
import { describeRule, readPolicyDocuments } from "../../policy/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";

export async function runExplain(io: Io, code: string | undefined, root?: string): Promise<number> {
  if (!code) {
    for (const c of allCodes()) io.stdout(`${c.code.padEnd(10)} ${c.severity.padEnd(8)} ${c.name.padEnd(28)} ${c.summary}\n`);
    return EXIT.clean;
  }
  const text = describeRule(code) ?? codeText(code) ?? describeRule(code, await readPolicyDocuments(createNodeHost(path.resolve(io.cwd, root ?? "."))));
  if (!text) throw new UsageError(`unknown code or rule ${code}; run \`pipeforge explain\` for the list`);
  io.stdout(text);
  return EXIT.clean;
}

function codeText(code: string): string | undefined {
  const info = allCodes().find((c) => c.code === code.toUpperCase() || c.name === code);
  return info ? `${info.code} ${info.name} (${info.severity})\n\n${info.summary}.\n\n${info.help}\n` : undefined;
}
