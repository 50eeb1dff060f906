// Changed paths → the affected set. Pure.
//
// A changed pipeline affects itself, the pipelines upstream of it (their
// notify fan-out posts to its namespace) and those downstream (their Sensors
// name it), on both sides of the change: a renamed pipeline leaves Sensors
// behind, a dropped trigger changes the old upstream's fan-out. A changed
// team, business-unit or environment file affects everything below it (and
// an environment file the Argo CD ApplicationSets); pipeforge.yaml, policies,
// templates and the repository's extra schemas affect everything.
import { globMatcher } from "../host/glob-match.js";
import { classifyPath, INPUT_GLOBS } from "../discover/index.js";
import type { ScopeModel, ScopePipeline } from "./model.js";

export interface ChangeSet {
  /** Changed paths relative to the pipeforge root; paths that are no input are ignored. */
  readonly paths: readonly string[];
  /** Pipelines the changed files define, before and after the change (see pipelinesInFile). */
  readonly pipelines: readonly ScopePipeline[];
  /** Folders or files of the repository's extra schemas (Repository spec.schemas). */
  readonly schemaRoots?: readonly string[];
}

export interface AffectedScope {
  /** A repository-wide input changed: every finding and every team is in scope. */
  readonly everything: boolean;
  /** The per-environment Argo CD objects change: emission cannot be limited to teams. */
  readonly argocd: boolean;
  /** Changed paths that are pipeforge inputs; empty means nothing to validate. */
  readonly inputs: readonly string[];
  readonly pipelines: ReadonlySet<string>;
  readonly teams: ReadonlySet<string>;
  /** env, bu or team folders (`environments/...`) whose every file is in scope. */
  readonly folders: readonly string[];
  /** Further files whose findings are in scope. */
  readonly files: ReadonlySet<string>;
}

const isInputPath = globMatcher(INPUT_GLOBS);

const normalizeRoot = (r: string) => r.replace(/^\.\//, "").replace(/\/+$/, "");

function underAny(path: string, roots: readonly string[]): boolean {
  return roots.some((r) => r !== "" && (path === r || path.startsWith(`${r}/`)));
}

export function affectedScope(change: ChangeSet, head: ScopeModel): AffectedScope {
  const schemaRoots = (change.schemaRoots ?? []).map(normalizeRoot);
  const inputs = change.paths.filter((p) => isInputPath(p) || underAny(p, schemaRoots));
  let everything = false;
  let argocd = false;
  const folders: string[] = [];
  const touchedTeams = new Set<string>();
  for (const p of inputs) {
    if (underAny(p, schemaRoots)) everything = true;
    const role = classifyPath(p);
    if (role.role === "repository" || role.role === "policy" || role.role === "template") everything = true;
    else if (role.role === "environment") {
      folders.push(`environments/${role.env}`);
      argocd = true;
    } else if (role.role === "businessunit") folders.push(`environments/${role.env}/${role.bu}`);
    else if (role.role === "team") folders.push(`environments/${role.env}/${role.bu}/${role.team}`);
    else if (role.role === "team-content") touchedTeams.add(`${role.env}/${role.bu}/${role.team}`);
  }
  const underFolder = (teamId: string) => underAny(`environments/${teamId}`, folders);

  const changed = new Map<string, ScopePipeline[]>();
  const note = (p: ScopePipeline) => changed.set(p.id, [...(changed.get(p.id) ?? []), p]);
  for (const p of change.pipelines) note(p);
  for (const p of head.pipelines) if (underFolder(p.team)) note(p);

  const affected = new Set(changed.keys());
  const headById = new Map(head.pipelines.map((p) => [p.id, p]));
  // Upstream: every pipeline a changed one runs after, before or after the change.
  for (const [id, versions] of changed) {
    for (const v of [...versions, headById.get(id)]) for (const up of v?.after ?? []) if (headById.has(up)) affected.add(up);
  }
  // Downstream: every pipeline whose Sensor names a changed one (even one that no longer exists).
  for (const p of head.pipelines) if (p.after.some((a) => changed.has(a))) affected.add(p.id);

  const teams = new Set<string>(touchedTeams);
  for (const id of affected) teams.add(id.slice(0, id.lastIndexOf("/")));
  for (const t of head.teams.keys()) if (underFolder(t)) teams.add(t);

  const files = new Set(inputs);
  for (const id of affected) {
    const p = headById.get(id);
    if (p) files.add(p.file);
  }
  for (const t of teams) for (const f of head.teams.get(t) ?? []) files.add(f);
  return { everything, argocd: argocd || everything, inputs, pipelines: affected, teams, folders, files };
}
