// pipeforge graph: the pipelines' task DAGs and the triggers between them, as
// Mermaid (renders in pull-request comments; markdown wraps it in a fenced
// block) or Graphviz dot. stdout carries only the graph; findings go to
// stderr, and a repository with errors draws nothing.
import path from "node:path";
import { compile } from "../../compile.js";
import { buildGraphModel, graphFormatNames, graphFormats, isGraphFormatName } from "../../graph/render-formats.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";
import { checkEnvOption } from "../scope.js";

export interface GraphOptions {
  readonly root?: string;
  readonly env?: string[];
  readonly format: string;
}

export async function runGraph(io: Io, options: GraphOptions): Promise<number> {
  if (!isGraphFormatName(options.format)) throw new UsageError(`--format must be one of ${graphFormatNames.join(", ")}`);
  const render = graphFormats[options.format];
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compile(createNodeHost(root), { argocd: false });
  checkEnvOption(options.env, result.tree);
  if (result.diagnostics.length > 0) io.stderr(formatReport("text", { diagnostics: result.diagnostics, sources: result.sources }));
  if (result.failed) {
    io.stderr("graph: the repository has errors; nothing drawn\n");
    return EXIT.findings;
  }
  io.stdout(render(buildGraphModel(result.resolved, result.graph, options.env ?? [])));
  return EXIT.clean;
}
