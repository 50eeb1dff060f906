// The objects policies check, each with its scope and a way back to source
// positions: compiled Pipelines and Teams (positions through inheritance
// provenance), and every manifest of the run, plain or rendered, with the
// Spark applications embedded in workflows as objects of their own.
import type { Location } from "../diagnostics/index.js";
import type { EmbeddedManifest, Manifest } from "../emit/index.js";
import { locate, type JsonPath } from "../parse/index.js";
import type { ResolvedPipeline, ResolvedRepository, ResolvedTeam } from "../resolve/index.js";
import { valueAt, WORKFLOW_KINDS } from "./facets/workloads.js";
import type { Subject, SubjectScope } from "./types.js";

export interface SubjectFilter {
  readonly envs?: readonly string[];
  readonly teamFilter?: (team: { env: string; bu: string; name: string }) => boolean;
}

export function collectSubjects(resolved: ResolvedRepository, manifests: readonly Manifest[], filter: SubjectFilter = {}): Subject[] {
  const out: Subject[] = [];
  for (const env of resolved.environments) {
    if (filter.envs?.length && !filter.envs.includes(env.name)) continue;
    for (const team of env.teams) {
      if (filter.teamFilter && !filter.teamFilter(team)) continue;
      const t = teamSubject(team);
      if (t) out.push(t);
      for (const p of team.pipelines) out.push(pipelineSubject(p));
    }
  }
  for (const m of manifests) {
    const scope = manifestScope(m);
    out.push({ kind: m.kind, scope, label: `${m.kind} ${m.name}`, value: m.value, origin: m.origin, source: { type: "manifest", manifest: m, plain: m.plain } });
    for (const e of m.embedded) {
      const kind = String(e.value.kind ?? "");
      out.push({ kind, scope, label: `${kind} of ${m.kind} ${m.name}`, value: e.value, origin: sparkOrigin(m, e, resolved) ?? e.origin, source: { type: "manifest", manifest: m, plain: false } });
    }
  }
  return out;
}

// SparkApplication fields that are the task's spark settings under the same names.
const SPARK_FIELDS = new Set(["type", "mode", "image", "imagePullPolicy", "mainClass", "mainApplicationFile", "arguments", "sparkVersion", "pythonVersion", "sparkConf", "timeToLiveSeconds", "driver", "executor"]);

/**
 * The template writes a SparkApplication's spec in one piece, so its own
 * origins stop at the task; a value the task's spark settings hold under the
 * same path is traced through the pipeline's provenance instead.
 */
function sparkOrigin(m: Manifest, e: EmbeddedManifest, resolved: ResolvedRepository): ((path: JsonPath) => Location) | undefined {
  const p = m.scope.pipeline ? resolved.pipelinesById.get(m.scope.pipeline) : undefined;
  const taskName = valueAt(m.value, [...e.path.slice(0, -2), "name"]);
  const i = p ? p.spec.tasks.findIndex((t) => t.name === taskName && t.spark) : -1;
  if (!p || i < 0) return undefined;
  const subject = pipelineSubject(p);
  return (path) => {
    const [head, field, ...rest] = path;
    const inTask = head === "spec" && typeof field === "string" && SPARK_FIELDS.has(field) && valueAt(p.spec.tasks[i]?.spark, [field, ...rest]) !== undefined;
    return inTask ? subject.origin(["spec", "tasks", i, "spark", field, ...rest]) : e.origin(path);
  };
}

function pipelineSubject(p: ResolvedPipeline): Subject {
  const source = p.node.node.source;
  const metadata = { ...p.node.node.value.metadata, name: p.name };
  const value = { apiVersion: p.node.node.value.apiVersion, kind: "Pipeline", metadata, spec: p.spec };
  return {
    kind: "Pipeline",
    scope: { env: p.env, bu: p.bu, team: p.team.name, pipeline: p.name, target: p.id },
    label: `pipeline ${p.id}`,
    value,
    // Spec values come through inheritance: the file that set each one, which may be a defaults layer.
    // A value that is not set at all points at the deepest enclosing value that is.
    origin: (path: JsonPath) => {
      const at = existingPrefix(value, path);
      return at[0] === "spec" ? p.origin(at.slice(1)) : locate(source, at);
    },
    source: { type: "pipeline", pipeline: p },
  };
}

function existingPrefix(root: unknown, path: JsonPath): JsonPath {
  let n = path.length;
  while (n > 0 && valueAt(root, path.slice(0, n)) === undefined) n--;
  return path.slice(0, n);
}

function teamSubject(team: ResolvedTeam): Subject | undefined {
  const node = team.node.node;
  if (!node) return undefined;
  return {
    kind: "Team",
    scope: { env: team.env, bu: team.bu, team: team.name, target: team.id },
    label: `team ${team.id}`,
    value: node.value,
    origin: (path: JsonPath) => locate(node.source, path),
    source: { type: "team", team },
  };
}

function manifestScope(m: Manifest): SubjectScope {
  const { env, bu, team } = m.scope;
  // A plain workflow in a team folder is a pipeline by another name (teams migrate one file at a time).
  const pipeline = m.scope.pipeline?.split("/").pop() ?? (m.plain && WORKFLOW_KINDS.has(m.kind) ? m.name : undefined);
  const teamId = bu && team ? `${env}/${bu}/${team}` : env;
  return { env: env || undefined, bu, team, pipeline, target: pipeline && bu && team ? `${teamId}/${pipeline}` : teamId };
}
