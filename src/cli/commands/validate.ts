// `pipeforge validate`: its options; what it does is in ../actions/validate.ts, loaded when it runs.
import type { ValidateOptions } from "../actions/validate.js";
import { failOnOption, formatOption, rootOption, type RegisterCommand } from "../command.js";
import { reportOption } from "../reports.js";

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
    .action(async (paths: string[], opts: ValidateOptions) => {
      const { runValidate } = await import("../actions/validate.js");
      ctx.exit(await runValidate(ctx.io, { ...opts, paths }));
    });
};
