// pipeforge graph: the pipelines' task DAGs and the triggers between them, as
// Mermaid (renders in pull-request comments; markdown wraps it in a fenced
// block) or Graphviz dot. stdout carries only the graph; findings go to
// stderr, and a repository with errors draws nothing.
import path from "node:path";
import { Option } from "commander";
import { compile } from "../../compile.js";
import { buildGraphModel, graphFormats } from "../../graph/render-formats.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { EXIT, UsageError } from "../exit.js";
import { rootOption, type RegisterCommand } from "../command.js";
import type { Io } from "../io.js";

export interface GraphOptions {
  readonly root?: string;
  readonly env?: string[];
  readonly format: string;
}

export async function runGraph(io: Io, options: GraphOptions): Promise<number> {
  const render = graphFormats[options.format];
  if (!render) throw new UsageError(`--format must be one of ${Object.keys(graphFormats).join(", ")}`);
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compile(createNodeHost(root), { argocd: false });
  const known = result.tree.environments.map((e) => e.name);
  for (const e of options.env ?? []) if (!known.includes(e)) throw new UsageError(`--env ${e}: no such environment (have ${known.join(", ") || "none"})`);
  if (result.diagnostics.length > 0) io.stderr(formatReport("text", { diagnostics: result.diagnostics, sources: result.sources }));
  if (result.failed) {
    io.stderr("graph: the repository has errors; nothing drawn\n");
    return EXIT.findings;
  }
  io.stdout(render(buildGraphModel(result.resolved, result.graph, options.env ?? [])));
  return EXIT.clean;
}

export const registerGraph: RegisterCommand = (program, ctx) => {
  program
    .command("graph")
    .description("draw the task DAGs and the triggers between pipelines (Mermaid for pull-request comments, or Graphviz dot)")
    .addOption(rootOption())
    .option("--env <env...>", "only the pipelines of these environments")
    .addOption(new Option("--format <format>", `graph format: ${Object.keys(graphFormats).join(", ")}`).default("mermaid"))
    .action(async (opts: GraphOptions) => ctx.exit(await runGraph(ctx.io, opts)));
};
