// The pipeline graph in Graphviz dot: a cluster per pipeline with its task
// DAG; trigger edges run from the upstream's last task to the downstream's
// first, clipped at the cluster borders (compound=true, ltail/lhead), so they
// read as pipeline-to-pipeline. Ids come from the model; labels are quoted
// with dot's escapes (https://graphviz.org/doc/info/lang.html).
import type { GraphCluster, GraphModel } from "./render-model.js";

export function dotString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, "\\n")}"`;
}

export function renderDot(model: GraphModel): string {
  const lines = ["digraph pipeforge {", "  rankdir=LR;", "  compound=true;", "  node [shape=box];"];
  const byId = new Map<string, GraphCluster>(model.clusters.map((c) => [c.id, c]));
  for (const c of model.clusters) {
    lines.push(`  subgraph cluster_${c.id} {`, `    label=${dotString(c.label)};`);
    for (const t of c.tasks) lines.push(`    ${t.id} [label=${dotString(t.label)}];`);
    for (const [from, to] of c.edges) lines.push(`    ${from} -> ${to};`);
    lines.push("  }");
  }
  for (const w of model.webhooks) lines.push(`  ${w.id} [label=${dotString(w.label)}, shape=ellipse, style=dashed];`);
  for (const s of model.starts) {
    const to = byId.get(s.to);
    if (to?.roots[0]) lines.push(`  ${s.from} -> ${to.roots[0]} [lhead=cluster_${to.id}, style=dashed];`);
  }
  for (const t of model.triggers) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from?.sinks[0] || !to?.roots[0]) continue;
    lines.push(`  ${from.sinks[0]} -> ${to.roots[0]} [ltail=cluster_${from.id}, lhead=cluster_${to.id}, style=dashed, label=${dotString(t.label ?? "")}];`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
