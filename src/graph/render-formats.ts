// Formats of `pipeforge graph`: one pure renderer each, one registry.
import type { GraphFormatName } from "./format-names.js";
import { renderDot } from "./render-dot.js";
import { renderMermaid, renderMermaidMarkdown } from "./render-mermaid.js";
import type { GraphModel } from "./render-model.js";

export const graphFormats: Readonly<Record<GraphFormatName, (model: GraphModel) => string>> = {
  mermaid: renderMermaid,
  markdown: renderMermaidMarkdown,
  dot: renderDot,
};

export { graphFormatNames, isGraphFormatName, type GraphFormatName } from "./format-names.js";
export { buildGraphModel, type GraphCluster, type GraphLink, type GraphModel, type GraphNode } from "./render-model.js";
