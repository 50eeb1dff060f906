// pipeforge validate: compile in memory and report; writes nothing.
import path from "node:path";
import { compile } from "../../compile.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport, formats } from "../../report/index.js";
import { exitFor, parseSeverity, UsageError } from "../exit.js";
import type { RegisterCommand } from "../command.js";
import { failOnOption, formatOption, rootOption } from "../command.js";
import { useColor, type Io } from "../io.js";

export interface ValidateOptions {
  readonly root?: string;
  readonly format: string;
  readonly failOn: string;
}

export async function runValidate(io: Io, options: ValidateOptions): Promise<number> {
  const failOn = parseSeverity(options.failOn);
  if (!formats[options.format]) throw new UsageError(`--format must be one of ${Object.keys(formats).join(", ")}`);
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compile(createNodeHost(root));
  io.stdout(formatReport(options.format, { diagnostics: result.diagnostics, sources: result.sources, color: useColor(io) }));
  return exitFor(result.diagnostics, failOn);
}

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description("check specs, policies and every rendered manifest; writes nothing")
    .addOption(rootOption())
    .addOption(formatOption())
    .addOption(failOnOption())
    .action(async (opts: ValidateOptions) => ctx.exit(await runValidate(ctx.io, opts)));
};
