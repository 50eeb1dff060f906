// What the scope needs to know about a tree: each pipeline's identity, file
// and the pipelines its `after:` triggers name. Triggers are set on the
// pipeline only (never inherited), so the loaded tree is enough: no
// resolution needed. Pure.
import { classifyPath } from "../discover/index.js";
import { API_VERSION, type RepositoryTree } from "../model/index.js";
import { parseYamlFile } from "../parse/index.js";

export interface ScopePipeline {
  /** `<env>/<bu>/<team>/<name>` */
  readonly id: string;
  /** `<env>/<bu>/<team>` */
  readonly team: string;
  readonly file: string;
  /** Absolute ids its `after:` triggers name (malformed references left out). */
  readonly after: readonly string[];
}

export interface ScopeModel {
  readonly pipelines: readonly ScopePipeline[];
  /** Every team id, with the files of its folder that hold plain manifests. */
  readonly teams: ReadonlyMap<string, readonly string[]>;
}

/** The absolute id an `after:` reference names; the rule of absoluteRef in graph/triggers.ts. */
export function afterTarget(ref: unknown, from: { readonly env: string; readonly bu: string; readonly team: string }): string | undefined {
  if (typeof ref !== "string") return undefined;
  const parts = ref.split("/");
  if (parts.some((p) => p === "") || parts.length > 3) return undefined;
  return [...[from.env, from.bu, from.team].slice(0, 4 - parts.length), ...parts].join("/");
}

function afterIds(spec: unknown, from: { env: string; bu: string; team: string }): string[] {
  const triggers = (spec as { triggers?: unknown } | undefined)?.triggers;
  if (!Array.isArray(triggers)) return [];
  const out: string[] = [];
  for (const t of triggers) {
    const id = typeof t === "object" && t !== null ? afterTarget((t as { after?: unknown }).after, from) : undefined;
    if (id !== undefined) out.push(id);
  }
  return out;
}

export function modelOfTree(tree: RepositoryTree): ScopeModel {
  const pipelines: ScopePipeline[] = [];
  const teams = new Map<string, string[]>();
  for (const env of tree.environments) {
    for (const bu of env.businessUnits) {
      for (const team of bu.teams) {
        teams.set(team.id, [...new Set(team.manifests.map((m) => m.source.file))]);
        for (const p of team.pipelines) {
          pipelines.push({ id: p.id, team: team.id, file: p.node.source.file, after: afterIds(p.node.value.spec, { env: p.env, bu: p.bu, team: p.team }) });
        }
      }
    }
  }
  return { pipelines, teams };
}

/**
 * The pipelines one file defines, from its text alone: how the scope sees the
 * old side of a change (a deleted or renamed pipeline) without loading that
 * whole revision. Identity as discover/load.ts gives it: metadata.name, else
 * the file name.
 */
export function pipelinesInFile(file: string, text: string): ScopePipeline[] {
  const role = classifyPath(file);
  if (role.role !== "team-content") return [];
  const team = `${role.env}/${role.bu}/${role.team}`;
  const from = { env: role.env, bu: role.bu, team: role.team };
  const out: ScopePipeline[] = [];
  for (const doc of parseYamlFile(file, text).documents) {
    const v = doc.value as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown }; spec?: unknown } | null | undefined;
    if (typeof v !== "object" || v === null || v.apiVersion !== API_VERSION || v.kind !== "Pipeline") continue;
    const declared = v.metadata?.name;
    const name = typeof declared === "string" && declared !== "" ? declared : (file.split("/").pop() ?? file).replace(/\.ya?ml$/, "");
    out.push({ id: `${team}/${name}`, team, file, after: afterIds(v.spec, from) });
  }
  return out;
}
