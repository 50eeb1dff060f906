// `pipeforge schema`: its options; what it does is in ../actions/schema.ts, loaded when it runs.
import type { SchemaOptions } from "../actions/schema.js";
import type { RegisterCommand } from "../command.js";

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command("schema")
    .argument("[kind]", "print this kind's schema (Repository, Environment, BusinessUnit, Team, Pipeline or Policy)")
    .description("JSON Schemas of the pipeforge kinds for editors (yaml-language-server modelines)")
    .option("--out <dir>", "write the schemas into this folder (for example .pipeforge/schemas)")
    .action(async (kind: string | undefined, opts: SchemaOptions) => {
      const { runSchema } = await import("../actions/schema.js");
      ctx.exit(runSchema(ctx.io, kind, opts));
    });
};
