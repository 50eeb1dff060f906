// `pipeforge apps`: its options; what it does is in ../actions/apps.ts, loaded when it runs.
import { Option } from "commander";
import { appsFormatNames } from "../../apps/format-names.js";
import type { AppsOptions } from "../actions/apps.js";
import { failOnOption, rootOption, type RegisterCommand } from "../command.js";

export const registerApps: RegisterCommand = (program, ctx) => {
  program
    .command("apps")
    .description("list the Applications Argo CD would generate from the ApplicationSets, expanded offline, and check them")
    .addOption(rootOption())
    .option("--env <env...>", "only the Applications of these environments")
    .addOption(new Option("--format <format>", `output format: ${appsFormatNames.join(", ")}`).default("text"))
    .addOption(failOnOption())
    .action(async (opts: AppsOptions) => {
      const { runApps } = await import("../actions/apps.js");
      ctx.exit(await runApps(ctx.io, opts));
    });
};
