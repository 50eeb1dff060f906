// A drawing-neutral picture of the pipelines: one cluster per pipeline with
// its task DAG, webhook endpoints as nodes, `after:` triggers between
// clusters. Node ids are generated (p1, p1_t2, w1) in a stable order, so
// names never have to be valid identifiers in Mermaid or Graphviz. Pure.
import type { ResolvedPipeline, ResolvedRepository } from "../resolve/index.js";
import type { TriggerGraph } from "./triggers.js";

export interface GraphNode {
  readonly id: string;
  readonly label: string;
}

export interface GraphCluster {
  readonly id: string;
  readonly label: string;
  readonly tasks: readonly GraphNode[];
  /** dependsOn edges: [from task id, to task id]. */
  readonly edges: readonly (readonly [string, string])[];
  /** Tasks nothing depends on, and tasks that depend on nothing (for drawings that link tasks, not clusters). */
  readonly sinks: readonly string[];
  readonly roots: readonly string[];
}

export interface GraphLink {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

export interface GraphModel {
  readonly clusters: readonly GraphCluster[];
  readonly webhooks: readonly GraphNode[];
  /** Upstream cluster → downstream cluster, labelled with the phase. */
  readonly triggers: readonly GraphLink[];
  /** Webhook node → cluster it starts. */
  readonly starts: readonly GraphLink[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildGraphModel(resolved: ResolvedRepository, graph: TriggerGraph, envs: readonly string[] = []): GraphModel {
  const pipelines = resolved.pipelines.filter((p) => envs.length === 0 || envs.includes(p.env)).sort(byId);
  const clusterOf = new Map<string, string>();
  const clusters = pipelines.map((p, i) => {
    const id = `p${i + 1}`;
    clusterOf.set(p.id, id);
    return cluster(p, id);
  });
  const webhookLabels = new Map<string, string>();
  const starts: GraphLink[] = [];
  for (const p of pipelines) {
    for (const t of p.spec.triggers ?? []) {
      if (!("webhook" in t)) continue;
      const method = t.webhook.method ?? "POST";
      const key = `${p.team.id}\u0000${method} ${t.webhook.endpoint}`;
      if (!webhookLabels.has(key)) webhookLabels.set(key, `${method} ${t.webhook.endpoint} (${p.team.namespace})`);
      starts.push({ from: key, to: clusterOf.get(p.id) ?? "" });
    }
  }
  // Webhook ids follow the sorted keys, so they do not depend on pipeline order.
  const keys = [...webhookLabels.keys()].sort();
  const webhooks = keys.map((k, i) => ({ id: `w${i + 1}`, label: webhookLabels.get(k) ?? "" }));
  const wid = new Map(keys.map((k, i) => [k, `w${i + 1}`]));
  const triggers = graph.edges
    .filter((e) => clusterOf.has(e.from.id) && clusterOf.has(e.to.id))
    .map((e) => ({ from: clusterOf.get(e.from.id) ?? "", to: clusterOf.get(e.to.id) ?? "", label: e.on }))
    .sort((a, b) => byId({ id: `${a.from} ${a.to} ${a.label}` }, { id: `${b.from} ${b.to} ${b.label}` }));
  return {
    clusters,
    webhooks,
    triggers,
    starts: starts.map((s) => ({ from: wid.get(s.from) ?? "", to: s.to })).sort((a, b) => byId({ id: `${a.from} ${a.to}` }, { id: `${b.from} ${b.to}` })),
  };
}

function cluster(p: ResolvedPipeline, id: string): GraphCluster {
  const taskId = new Map(p.spec.tasks.map((t, j) => [t.name, `${id}_t${j + 1}`]));
  const tasks = p.spec.tasks.map((t) => ({ id: taskId.get(t.name) ?? "", label: t.name }));
  const edges: [string, string][] = [];
  const hasDependents = new Set<string>();
  for (const t of p.spec.tasks) {
    for (const d of t.dependsOn ?? []) {
      const from = taskId.get(d);
      const to = taskId.get(t.name);
      if (from && to) {
        edges.push([from, to]);
        hasDependents.add(from);
      }
    }
  }
  const schedule = p.spec.schedule ? ` (${p.spec.schedule})` : "";
  return {
    id,
    label: `${p.id}${schedule}`,
    tasks,
    edges,
    sinks: tasks.filter((t) => !hasDependents.has(t.id)).map((t) => t.id),
    roots: p.spec.tasks.filter((t) => (t.dependsOn ?? []).length === 0).map((t) => taskId.get(t.name) ?? ""),
  };
}
