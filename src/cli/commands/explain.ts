// pipeforge explain CODE: what a diagnostic code means and how to fix it.
import { allCodes } from "../../diagnostics/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { RegisterCommand } from "../command.js";
import type { Io } from "../io.js";

export function runExplain(io: Io, code: string | undefined): number {
  if (!code) {
    for (const c of allCodes()) io.stdout(`${c.code.padEnd(10)} ${c.severity.padEnd(8)} ${c.name.padEnd(28)} ${c.summary}\n`);
    return EXIT.clean;
  }
  const info = allCodes().find((c) => c.code === code.toUpperCase() || c.name === code);
  if (!info) throw new UsageError(`unknown code ${code}; run \`pipeforge explain\` for the list`);
  io.stdout(`${info.code} ${info.name} (${info.severity})\n\n${info.summary}.\n\n${info.help}\n`);
  return EXIT.clean;
}

export const registerExplain: RegisterCommand = (program, ctx) => {
  program
    .command("explain")
    .argument("[code]", "a diagnostic code such as SEM004, or its name")
    .description("explain a diagnostic code (without one: list every code)")
    .action((code: string | undefined) => ctx.exit(runExplain(ctx.io, code)));
};
