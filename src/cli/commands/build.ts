// `pipeforge build`: its options; what it does is in ../actions/build.ts, loaded when it runs.
import type { BuildOptions } from "../actions/build.js";
import { failOnOption, formatOption, rootOption, type RegisterCommand } from "../command.js";
import { reportOption } from "../reports.js";

export const registerBuild: RegisterCommand = (program, ctx) => {
  program
    .command("build")
    .description("render manifests into the output folder (rendered/ by default)")
    .addOption(rootOption())
    .option("--out <dir>", "output folder (default: spec.output of pipeforge.yaml, else rendered)")
    .option("--env <env...>", "only these environments")
    .option("--check", "write nothing; exit 1 when the output folder is stale")
    .addOption(formatOption())
    .addOption(failOnOption())
    .addOption(reportOption())
    .action(async (opts: BuildOptions) => {
      const { runBuild } = await import("../actions/build.js");
      ctx.exit(await runBuild(ctx.io, opts));
    });
};
