// `pipeforge diff`: its options; what it does is in ../actions/diff.ts, loaded when it runs.
import { diffFormatNames } from "../../diff/format-names.js";
import type { DiffOptions } from "../actions/diff.js";
import { rootOption, type RegisterCommand } from "../command.js";

export const registerDiff: RegisterCommand = (program, ctx) => {
  program
    .command("diff")
    .description("show how the rendered manifests change from REF's merge base to the working tree")
    .addOption(rootOption())
    .option("--base <ref>", "the revision to compare with (its merge base with HEAD)")
    .option("--format <format>", `diff format: ${diffFormatNames.join(", ")}`, "text")
    .action(async (opts: DiffOptions) => {
      const { runDiff } = await import("../actions/diff.js");
      ctx.exit(await runDiff(ctx.io, opts));
    });
};
