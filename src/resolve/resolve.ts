// Inheritance: environment → business unit → team → pipeline → task, with
// provenance. Pure: the loaded tree in, the resolved model out.
import type { Diagnostic, Location } from "../diagnostics/index.js";
import type { Defaults, EnvironmentSpec, Labels, PipelineSpec, RepositoryTree, SpecNode, TeamSpec } from "../model/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { inherit, isPlainObject, mergeLayer, Provenance, type PlainObject } from "./provenance.js";
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

interface Layer {
  readonly doc: ParsedDocument;
  readonly defaults: Defaults | undefined;
}

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
        const layers: Layer[] = [layerOf(env.node), ...(bu.node ? [layerOf(bu.node)] : []), layerOf(team.node)];
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
            origin: (path: JsonPath) => resolved.prov.get(path),
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

function layerOf(node: SpecNode<{ defaults?: Defaults }>): Layer {
  return { doc: node.source, defaults: node.value.spec?.defaults };
}

/** Pipeline-level keys the defaults feed; task-level ones are pushed down below. */
function resolvePipeline(node: SpecNode<PipelineSpec>, layers: readonly Layer[]): { spec: PipelineSpec; prov: Provenance } {
  const prov = new Provenance(nameLocation(node.source));
  const spec: PlainObject = {};
  for (const layer of layers) mergeLayer(spec, layer.defaults, prov, layer.doc, ["spec", "defaults"]);
  mergeLayer(spec, node.value.spec, prov, node.source, ["spec"]);
  const tasks = Array.isArray(spec.tasks) ? (spec.tasks as PlainObject[]) : [];
  tasks.forEach((task, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ["tasks", i, ...rest];
    pushDown(task, "scheduling", spec.scheduling, prov, ["scheduling"], at("scheduling"), node.source, ["spec", ...at("scheduling")]);
    pushDown(task, "retries", spec.retries, prov, ["retries"], at("retries"), node.source, ["spec", ...at("retries")]);
    for (const kind of ["container", "script"] as const) {
      const body = task[kind];
      if (isPlainObject(body)) pushDown(body, "resources", spec.resources, prov, ["resources"], at(kind, "resources"), node.source, ["spec", ...at(kind, "resources")]);
    }
    if (isPlainObject(task.spark)) {
      const own = task.spark;
      const merged = (inherit(spec.spark ?? {}, prov, ["spark"], at("spark")) ?? {}) as PlainObject;
      mergeLayer(merged, own, prov, node.source, ["spec", ...at("spark")], at("spark"));
      task.spark = merged;
    }
  });
  return { spec: spec as unknown as PipelineSpec, prov };
}

/** Give `holder[key]` the inherited value, then merge the holder's own value over it. */
function pushDown(holder: PlainObject, key: string, inherited: unknown, prov: Provenance, from: JsonPath, to: JsonPath, doc: ParsedDocument, docPath: JsonPath): void {
  if (inherited === undefined) return;
  const own = holder[key];
  if (own !== undefined && !isPlainObject(own)) return;
  const merged = inherit(inherited, prov, from, to) as PlainObject;
  if (own !== undefined) mergeLayer(merged, own, prov, doc, docPath, to);
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


