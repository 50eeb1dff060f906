// Inheritance: environment → business unit → team → pipeline → task, with
// provenance. Pure: the loaded tree in, the resolved model out.
import type { Diagnostic, Location } from "../diagnostics/index.js";
import type { EnvironmentSpec, Labels, PipelineSpec, RepositoryTree, SpecNode, TeamSpec } from "../model/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { isPlainObject, layerAt, mergeInto, originIn, type Layer, type PlainObject } from "./provenance.js";
import type { ResolvedEnvironment, ResolvedPipeline, ResolvedRepository, ResolvedTeam } from "./resolved.js";

export const DEFAULT_NAMESPACE_TEMPLATE = "{{env}}-{{bu}}-{{team}}";

/** Label keys pipeforge puts on every object it emits. */
export const LABELS = {
  environment: "pipeforge.io/environment",
  businessUnit: "pipeforge.io/business-unit",
  team: "pipeforge.io/team",
  pipeline: "pipeforge.io/pipeline",
  managedBy: "app.kubernetes.io/managed-by",
} as const;

export function resolveRepository(tree: RepositoryTree): { resolved: ResolvedRepository; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const environments: ResolvedEnvironment[] = [];
  const pipelines: ResolvedPipeline[] = [];
  for (const env of tree.environments) {
    if (!env.node) continue;
    const envSpec = env.node.value.spec;
    const envLoc = locate(env.node.source, ["kind"]);
    const teams: ResolvedTeam[] = [];
    for (const bu of env.businessUnits) {
      for (const team of bu.teams) {
        if (!team.node) continue;
        const layers: Layer[] = [env.node, ...(bu.node ? [bu.node] : []), team.node].map((n) => layerAt(n.source, ["spec", "defaults"]));
        const teamSpec = team.node.value.spec;
        const labels: Labels = {
          ...envSpec.labels,
          ...bu.node?.value.spec?.labels,
          ...teamSpec.labels,
          [LABELS.environment]: env.name,
          [LABELS.businessUnit]: bu.name,
          [LABELS.team]: team.name,
          [LABELS.managedBy]: "pipeforge",
        };
        const { namespace, origin } = namespaceOf(env.name, bu.name, team.name, envSpec, env.node, teamSpec, team.node);
        const resolvedTeam: ResolvedTeam = {
          env: env.name,
          bu: bu.name,
          name: team.name,
          id: team.id,
          node: team,
          spec: teamSpec,
          namespace,
          namespaceOrigin: origin,
          labels,
          location: locate(team.node.source, ["kind"]),
          buLocation: bu.node ? locate(bu.node.source, ["kind"]) : undefined,
          pipelines: [],
        };
        for (const p of team.pipelines) {
          const resolved = resolvePipeline(p.node, layers);
          const rp: ResolvedPipeline = {
            id: p.id,
            env: p.env,
            bu: p.bu,
            team: resolvedTeam,
            name: p.name,
            node: p,
            spec: resolved.spec,
            origin: resolved.origin,
            location: nameLocation(p.node.source),
          };
          resolvedTeam.pipelines.push(rp);
          pipelines.push(rp);
        }
        teams.push(resolvedTeam);
      }
    }
    const promotionLocation = envSpec.promotion?.after !== undefined ? locate(env.node.source, ["spec", "promotion", "after"]) : undefined;
    environments.push({ name: env.name, spec: envSpec, location: envLoc, promotionLocation, teams });
  }
  const pipelinesById = new Map(pipelines.map((p) => [p.id, p]));
  return { resolved: { repository: tree.repository, environments, pipelines, pipelinesById }, diagnostics };
}

/** Keys of a task that inherit the pipeline-level value of the same name. */
const TASK_INHERITED = ["scheduling", "retries", "spark"] as const;

function resolvePipeline(node: SpecNode<PipelineSpec>, defaults: readonly Layer[]): { spec: PipelineSpec; origin: (path: JsonPath) => Location } {
  const fallback = nameLocation(node.source);
  const rootLayers = [...defaults, layerAt(node.source, ["spec"])];
  const spec: PlainObject = {};
  for (const layer of rootLayers) mergeInto(spec, layer.value);
  const tasks = Array.isArray(spec.tasks) ? (spec.tasks as PlainObject[]) : [];
  // Task-level values: the pipeline-level value (itself inherited) under the task's own.
  const stackFor = (key: string, taskPath: JsonPath): Layer[] => [
    ...rootLayers.map((l) => ({ doc: l.doc, base: [...l.base, key], value: isPlainObject(l.value) ? l.value[key] : undefined })),
    layerAt(node.source, ["spec", ...taskPath]),
  ];
  tasks.forEach((task, i) => {
    for (const key of TASK_INHERITED) {
      // Spark settings only reach Spark tasks; scheduling and retries reach every task.
      if (key === "spark" && !isPlainObject(task.spark)) continue;
      inheritInto(task, key, stackFor(key, ["tasks", i, key]));
    }
    for (const kind of ["container", "script"] as const) {
      const body = task[kind];
      if (isPlainObject(body)) inheritInto(body, "resources", stackFor("resources", ["tasks", i, kind, "resources"]));
    }
  });
  const origin = (path: JsonPath): Location => {
    const [head, i, key, sub] = path;
    if (head === "tasks" && typeof i === "number") {
      if (typeof key === "string" && (TASK_INHERITED as readonly string[]).includes(key)) return originIn(stackFor(key, ["tasks", i, key]), path.slice(3), fallback);
      if ((key === "container" || key === "script") && sub === "resources") return originIn(stackFor("resources", ["tasks", i, key, "resources"]), path.slice(4), fallback);
    }
    return originIn(rootLayers, path, fallback);
  };
  return { spec: spec as unknown as PipelineSpec, origin };
}

/** Replace `holder[key]` with the merge of the stack (inherited values under the holder's own). */
function inheritInto(holder: PlainObject, key: string, stack: readonly Layer[]): void {
  const own = holder[key];
  if (own !== undefined && !isPlainObject(own)) return;
  if (!stack.slice(0, -1).some((l) => l.value !== undefined)) return;
  const merged: PlainObject = {};
  for (const layer of stack) mergeInto(merged, layer.value);
  holder[key] = merged;
}

function namespaceOf(
  env: string,
  bu: string,
  team: string,
  envSpec: EnvironmentSpec,
  envNode: SpecNode<EnvironmentSpec>,
  teamSpec: TeamSpec,
  teamNode: SpecNode<TeamSpec>,
): { namespace: string; origin: Location } {
  if (teamSpec.namespace) return { namespace: teamSpec.namespace, origin: locate(teamNode.source, ["spec", "namespace"]) };
  const template = envSpec.namespaceTemplate ?? DEFAULT_NAMESPACE_TEMPLATE;
  const namespace = template.replace(/\{\{\s*(env|bu|team)\s*\}\}/g, (_m, k: string) => ({ env, bu, team })[k as "env" | "bu" | "team"]);
  const origin = envSpec.namespaceTemplate ? locate(envNode.source, ["spec", "namespaceTemplate"]) : locate(teamNode.source, ["kind"]);
  return { namespace, origin };
}

function nameLocation(doc: ParsedDocument): Location {
  const meta = (doc.value as { metadata?: { name?: unknown } }).metadata;
  return typeof meta?.name === "string" ? locate(doc, ["metadata", "name"]) : locate(doc, ["kind"]);
}


