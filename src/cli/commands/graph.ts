// `pipeforge graph`: its options; what it does is in ../actions/graph.ts, loaded when it runs.
import { Option } from "commander";
import { graphFormatNames } from "../../graph/format-names.js";
import type { GraphOptions } from "../actions/graph.js";
import { rootOption, type RegisterCommand } from "../command.js";

export const registerGraph: RegisterCommand = (program, ctx) => {
  program
    .command("graph")
    .description("draw the task DAGs and the triggers between pipelines (Mermaid for pull-request comments, or Graphviz dot)")
    .addOption(rootOption())
    .option("--env <env...>", "only the pipelines of these environments")
    .addOption(new Option("--format <format>", `graph format: ${graphFormatNames.join(", ")}`).default("mermaid"))
    .action(async (opts: GraphOptions) => {
      const { runGraph } = await import("../actions/graph.js");
      ctx.exit(await runGraph(ctx.io, opts));
    });
};
