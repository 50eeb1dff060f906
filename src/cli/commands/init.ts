// `pipeforge init`: its options; what it does is in ../actions/init.ts, loaded when it runs.
import { DEFAULT_SCOPE } from "../../scaffold/scope.js";
import type { InitCommandOptions } from "../actions/init.js";
import type { RegisterCommand } from "../command.js";

export const registerInit: RegisterCommand = (program, ctx) => {
  program
    .command("init")
    .argument("[dir]", "folder to scaffold (default: the current directory)")
    .description("scaffold a GitOps repository with one environment, business unit, team and pipeline, hook and CI config; never overwrites")
    .option("--repo-url <url>", "the Git URL Argo CD reads the repository from (spec.repoURL)")
    .option("--env <name>", `first environment (default ${DEFAULT_SCOPE.env})`)
    .option("--business-unit <name>", `first business unit (default ${DEFAULT_SCOPE.bu})`)
    .option("--team <name>", `first team (default ${DEFAULT_SCOPE.team})`)
    .action(async (dir: string | undefined, opts: InitCommandOptions) => {
      const { runInit } = await import("../actions/init.js");
      ctx.exit(runInit(ctx.io, dir, opts));
    });
};
