// pipeforge validate: compile in memory and report; writes nothing.
import path from "node:path";
import { formatReport, formats } from "../../report/index.js";
import { exitFor, parseSeverity, UsageError } from "../exit.js";
import type { RegisterCommand } from "../command.js";
import { failOnOption, formatOption, rootOption } from "../command.js";
import { useColor, type Io } from "../io.js";
import { publishReports, reportOption, type ReportOptions } from "../reports.js";
import { compileSelected, type ScopeSelection } from "../scoped.js";

export interface ValidateOptions extends ReportOptions, ScopeSelection {
  readonly root?: string;
  readonly format: string;
  readonly failOn: string;
}

export async function runValidate(io: Io, options: ValidateOptions): Promise<number> {
  const failOn = parseSeverity(options.failOn);
  if (!formats[options.format]) throw new UsageError(`--format must be one of ${Object.keys(formats).join(", ")}`);
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compileSelected(io, root, options);
  io.stdout(formatReport(options.format, { diagnostics: result.diagnostics, sources: result.sources, color: useColor(io) }));
  publishReports(io, options.report, { diagnostics: result.diagnostics, sources: result.sources });
  return exitFor(result.diagnostics, failOn);
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description("check specs, policies and every rendered manifest; writes nothing")
    .addOption(rootOption())
    .addOption(formatOption())
    .addOption(failOnOption())
    .addOption(reportOption())
    .argument("[paths...]", "check only what these files or folders affect (as the pre-commit framework passes them)")
    .option("--staged", "check what is staged in the git index, for what it affects (the pre-commit hook)")
    .option("--base <ref>", "check what the working tree changes since its merge base with REF affects (pull requests)")
    .action(async (paths: string[], opts: ValidateOptions) => ctx.exit(await runValidate(ctx.io, { ...opts, paths })));
};
