// `pipeforge new pipeline`: its options; what it does is in ../actions/new.ts, loaded when it runs.
import type { NewPipelineOptions } from "../actions/new.js";
import { rootOption, type RegisterCommand } from "../command.js";

export const registerNew: RegisterCommand = (program, ctx) => {
  const cmd = program.command("new").description("scaffold a spec into the repository");
  cmd
    .command("pipeline")
    .argument("<ref>", "ENV/BU/TEAM/NAME of an existing team folder, and the new pipeline's name")
    .description("scaffold a pipeline spec that validates (never overwrites)")
    .addOption(rootOption())
    .option("--schedule <cron>", "run on this cron schedule (a CronWorkflow); without it, a WorkflowTemplate")
    .option("--spark", "start with a Spark task (image and sizes from defaults.spark)")
    .action(async (ref: string, opts: NewPipelineOptions) => {
      const { runNewPipeline } = await import("../actions/new.js");
      ctx.exit(await runNewPipeline(ctx.io, ref, opts));
    });
};
