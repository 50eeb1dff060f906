// `pipeforge hook install`: its options; what it does is in ../actions/hook.ts, loaded when it runs.
import type { HookInstallOptions } from "../actions/hook.js";
import { rootOption, type RegisterCommand } from "../command.js";

export const registerHook: RegisterCommand = (program, ctx) => {
  const hook = program.command("hook").description("manage the git pre-commit hook");
  hook
    .command("install")
    .description("write the git pre-commit hook (core.hooksPath honoured) that runs `pipeforge validate --staged`")
    .addOption(rootOption())
    .option("--force", "replace a pre-commit hook pipeforge did not write (it is kept as pre-commit.pipeforge-backup)")
    .action(async (opts: HookInstallOptions) => {
      const { runHookInstall } = await import("../actions/hook.js");
      ctx.exit(await runHookInstall(ctx.io, opts));
    });
};
