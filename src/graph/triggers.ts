// Cross-pipeline trigger graph. `after:` references are relative:
// `name` (same team), `team/name` (same business unit), `bu/team/name`
// (same environment). Pure: resolved pipelines in, edges and problems out.
import { diag, type Diagnostic } from "../diagnostics/index.js";
import type { RunPhase } from "../model/index.js";
import type { ResolvedPipeline, ResolvedRepository } from "../resolve/index.js";
import { closest } from "../util/suggest.js";

export interface TriggerEdge {
  /** The upstream pipeline whose completion starts the downstream one. */
  readonly from: ResolvedPipeline;
  readonly to: ResolvedPipeline;
  readonly on: RunPhase;
  /** Index of the trigger in the downstream spec's `triggers`. */
  readonly index: number;
}

export interface TriggerGraph {
  readonly edges: TriggerEdge[];
  readonly downstream: ReadonlyMap<string, TriggerEdge[]>;
  readonly upstream: ReadonlyMap<string, TriggerEdge[]>;
}

/** The absolute id an `after:` reference names, or an explanation of why it cannot. */
export function absoluteRef(ref: string, from: Pick<ResolvedPipeline, "env" | "bu" | "team">): { id: string } | { error: "empty" | "too-many-parts" } {
  const parts = ref.split("/");
  if (parts.some((p) => p === "")) return { error: "empty" };
  switch (parts.length) {
    case 1:
      return { id: `${from.env}/${from.bu}/${from.team.name}/${ref}` };
    case 2:
      return { id: `${from.env}/${from.bu}/${ref}` };
    case 3:
      return { id: `${from.env}/${ref}` };
    default:
      return { error: "too-many-parts" };
  }
}

export function buildTriggerGraph(
  repo: ResolvedRepository,
  knownInvalid: ReadonlySet<string> = new Set(),
  /** A focused compile only reports on some files: references elsewhere are not checked (their targets may not be loaded). */
  reportFor: (file: string) => boolean = () => true,
): { graph: TriggerGraph; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const edges: TriggerEdge[] = [];
  const envNames = new Set(repo.environments.map((e) => e.name));
  for (const p of repo.pipelines) {
    (p.spec.triggers ?? []).forEach((t, index) => {
      if (!("after" in t) || typeof t.after !== "string") return;
      const location = p.origin(["triggers", index, "after"]);
      const resolved = absoluteRef(t.after, p);
      if ("error" in resolved) {
        const parts = t.after.split("/");
        const firstPart = parts[0] ?? "";
        const namesEnv = parts.length === 4 && envNames.has(firstPart);
        diagnostics.push(
          namesEnv && firstPart !== p.env
            ? diag("SEM006", { message: `after: ${t.after} reaches into environment ${firstPart}; triggers stay inside ${p.env}`, location })
            : diag("SEM005", {
                message: `after: "${t.after}" is not a valid reference`,
                location,
                hint: namesEnv ? `References never name the environment: use ${parts.slice(1).join("/")}.` : "Use name, team/name or bu/team/name.",
              }),
        );
        return;
      }
      const target = repo.pipelinesById.get(resolved.id);
      if (!target) {
        if (knownInvalid.has(resolved.id) || !reportFor(location.file)) return; // exists with its own errors, or outside the focus
        const sameEnv = repo.pipelines.filter((q) => q.env === p.env).map((q) => q.id.slice(p.env.length + 1));
        const suggestion = closest(resolved.id.slice(p.env.length + 1), sameEnv);
        diagnostics.push(
          diag("SEM005", {
            message: `after: ${t.after} names no pipeline (looked for ${resolved.id})`,
            location,
            hint: suggestion ? `Did you mean ${relativeRef(suggestion, p)}?` : undefined,
          }),
        );
        return;
      }
      edges.push({ from: target, to: p, on: t.on ?? "Succeeded", index });
    });
  }
  const downstream = groupBy(edges, (e) => e.from.id);
  const upstream = groupBy(edges, (e) => e.to.id);
  diagnostics.push(...findCycles(repo.pipelines, downstream, reportFor));
  return { graph: { edges, downstream, upstream }, diagnostics };
}

/** The shortest relative form of `envRelativeId` (bu/team/name) as seen from `from`. */
function relativeRef(envRelativeId: string, from: ResolvedPipeline): string {
  const [bu, team, name] = envRelativeId.split("/");
  if (bu === from.bu && team === from.team.name) return name ?? envRelativeId;
  if (bu === from.bu) return `${team}/${name}`;
  return envRelativeId;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Every elementary cycle is reported once, at the trigger that closes it; in a focused compile,
 * at the first trigger of the cycle in a file it reports on (the others may not be). Iterative
 * DFS: no recursion limit.
 */
function findCycles(pipelines: readonly ResolvedPipeline[], downstream: ReadonlyMap<string, TriggerEdge[]>, reportFor: (file: string) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>(); // 1 = on stack, 2 = done
  for (const start of pipelines) {
    if (state.has(start.id)) continue;
    const stack: { id: string; next: number; via?: TriggerEdge }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out_ = downstream.get(top.id) ?? [];
      if (top.next >= out_.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const edge = out_[top.next++]!;
      const s = state.get(edge.to.id);
      if (s === 1) {
        const from = stack.findIndex((f) => f.id === edge.to.id);
        const ids = [...stack.slice(from).map((f) => f.id), edge.to.id];
        const at = (e: TriggerEdge) => e.to.origin(["triggers", e.index, "after"]);
        const cycle = [edge, ...stack.slice(from + 1).map((f) => f.via!)];
        const location = cycle.map(at).find((l) => reportFor(l.file)) ?? at(edge);
        out.push(diag("SEM007", { message: `pipeline triggers form a cycle: ${ids.join(" → ")}`, location }));
      } else if (s === undefined) {
        state.set(edge.to.id, 1);
        stack.push({ id: edge.to.id, next: 0, via: edge });
      }
    }
  }
  return out;
}
