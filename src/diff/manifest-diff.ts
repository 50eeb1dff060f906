// The rendered-manifest diff between two compiles: resources matched by
// identity (apiVersion, kind, namespace, name), grouped by environment and
// team, with a unified diff of the serialized YAML for each changed one. Pure.
import { structuredPatch } from "diff";
import { serializeManifest, type Manifest } from "../emit/index.js";

export type ChangeKind = "added" | "removed" | "changed";

export interface ResourceChange {
  readonly change: ChangeKind;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** Output path (under rendered/): the new one, or the old one for a removed resource. */
  readonly path: string;
  /** Unified diff of the serialized manifest, for changed resources. */
  readonly patch?: string;
}

export interface DiffGroup {
  readonly env: string;
  /** Absent for the Argo CD objects of an environment (or of all environments when env is ""). */
  readonly bu?: string;
  readonly team?: string;
  readonly changes: readonly ResourceChange[];
}

export interface ManifestDiff {
  readonly summary: Readonly<Record<ChangeKind, number>>;
  readonly groups: readonly DiffGroup[];
}

const identity = (m: Manifest) => `${m.apiVersion}\0${m.kind}\0${m.namespace ?? ""}\0${m.name}`;
const groupKey = (m: Manifest) => [m.scope.env, m.scope.bu ?? "", m.scope.team ?? ""].join("\0");
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `--- a/<path>` / `+++ b/<path>` and the hunks, git's layout without its index line. */
export function unifiedDiff(oldPath: string, newPath: string, oldText: string, newText: string, context = 3): string {
  const patch = structuredPatch(`a/${oldPath}`, `b/${newPath}`, oldText, newText, undefined, undefined, { context });
  const lines = [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
  }
  return lines.join("\n") + "\n";
}

export function diffManifests(base: readonly Manifest[], head: readonly Manifest[], options: { readonly context?: number } = {}): ManifestDiff {
  const before = new Map(base.map((m) => [identity(m), m]));
  const after = new Map(head.map((m) => [identity(m), m]));
  const groups = new Map<string, { scope: Manifest["scope"]; changes: ResourceChange[] }>();
  const add = (m: Manifest, change: ResourceChange) => {
    const key = groupKey(m);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope: m.scope, changes: [] }));
    g.changes.push(change);
  };
  const describe = (m: Manifest, change: ChangeKind, patch?: string): ResourceChange => ({
    change,
    apiVersion: m.apiVersion,
    kind: m.kind,
    ...(m.namespace === undefined ? {} : { namespace: m.namespace }),
    name: m.name,
    path: m.path,
    ...(patch === undefined ? {} : { patch }),
  });
  for (const [id, m] of after) {
    const old = before.get(id);
    if (!old) {
      add(m, describe(m, "added"));
      continue;
    }
    const oldText = serializeManifest(old.value);
    const newText = serializeManifest(m.value);
    if (oldText !== newText) add(m, describe(m, "changed", unifiedDiff(old.path, m.path, oldText, newText, options.context)));
  }
  for (const [id, m] of before) if (!after.has(id)) add(m, describe(m, "removed"));

  const summary = { added: 0, removed: 0, changed: 0 };
  const sorted = [...groups].sort(([a], [b]) => compare(a, b));
  return {
    summary,
    groups: sorted.map(([, g]) => {
      for (const c of g.changes) summary[c.change] += 1;
      const changes = [...g.changes].sort((a, b) => compare(`${a.kind}\0${a.namespace ?? ""}\0${a.name}\0${a.apiVersion}`, `${b.kind}\0${b.namespace ?? ""}\0${b.name}\0${b.apiVersion}`));
      return { env: g.scope.env, ...(g.scope.bu === undefined ? {} : { bu: g.scope.bu }), ...(g.scope.team === undefined ? {} : { team: g.scope.team }), changes };
    }),
  };
}

/** `hml/autos/dataeng`, `hml (Argo CD)`, or `all environments (Argo CD)`. */
export function groupTitle(g: Pick<DiffGroup, "env" | "bu" | "team">): string {
  if (g.team !== undefined) return [g.env, g.bu, g.team].join("/");
  return `${g.env === "" ? "all environments" : g.env} (Argo CD)`;
}

/** `Kind namespace/name` */
export function resourceTitle(c: Pick<ResourceChange, "kind" | "namespace" | "name">): string {
  return `${c.kind} ${c.namespace ? `${c.namespace}/` : ""}${c.name}`;
}
