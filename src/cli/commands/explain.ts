// `pipeforge explain`: its options; what it does is in ../actions/explain.ts, loaded when it runs.
import { rootOption, type RegisterCommand } from "../command.js";

export const registerExplain: RegisterCommand = (program, ctx) => {
  program
    .command("explain")
    .argument("[code]", "a diagnostic code such as SEM004 or its name, a built-in rule such as PFR002, or a policy rule <policy>/<rule-id>")
    .description("explain a diagnostic code or policy rule (without one: list every code)")
    .addOption(rootOption())
    .action(async (code: string | undefined, opts: { root?: string }) => {
      const { runExplain } = await import("../actions/explain.js");
      ctx.exit(await runExplain(ctx.io, code, opts.root));
    });
};
