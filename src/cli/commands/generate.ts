// `pipeforge generate` (the Argo CD plugin entry): what it does is in ../actions/generate.ts,
// loaded when it runs.
import type { RegisterCommand } from "../command.js";

export const registerGenerate: RegisterCommand = (program, ctx) => {
  program
    .command("generate")
    .description("Argo CD plugin entry: print the manifests of the current folder's scope to stdout (nothing on error)")
    .action(async () => {
      const { runGenerate } = await import("../actions/generate.js");
      ctx.exit(await runGenerate(ctx.io));
    });
};
