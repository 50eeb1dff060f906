// The pipeline graph as a Mermaid flowchart, which GitHub and GitLab render
// inside Markdown (pull-request comments included): a subgraph per pipeline
// with its task DAG, webhooks as stadium nodes, `after:` triggers as dotted
// edges between subgraphs labelled with the phase. Ids come from the model
// (alphanumeric); every label is quoted with Mermaid's entity escapes
// (https://mermaid.js.org/syntax/flowchart.html#entity-codes-to-escape-characters).
import type { GraphModel } from "./render-model.js";

export function mermaidText(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;")
    .replace(/\|/g, "#124;")
    .replace(/[\r\n]+/g, " ");
}

export function renderMermaid(model: GraphModel): string {
  const lines = ["flowchart LR"];
  for (const c of model.clusters) {
    lines.push(`  subgraph ${c.id} ["${mermaidText(c.label)}"]`, "    direction TB");
    for (const t of c.tasks) lines.push(`    ${t.id}["${mermaidText(t.label)}"]`);
    for (const [from, to] of c.edges) lines.push(`    ${from} --> ${to}`);
    lines.push("  end");
  }
  for (const w of model.webhooks) lines.push(`  ${w.id}(["${mermaidText(w.label)}"])`);
  for (const s of model.starts) lines.push(`  ${s.from} -.-> ${s.to}`);
  for (const t of model.triggers) lines.push(`  ${t.from} -.->|"${mermaidText(t.label ?? "")}"| ${t.to}`);
  return lines.join("\n") + "\n";
}

/** The flowchart in a fenced block, ready to paste into a pull-request comment. */
export function renderMermaidMarkdown(model: GraphModel): string {
  return "```mermaid\n" + renderMermaid(model) + "```\n";
}
