// Render every object of the repository: per team namespace, per pipeline,
// per environment, plus the plain manifests of team folders.
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import type { TriggerGraph } from "../graph/index.js";
import type { RepositoryNode, PlainManifest } from "../model/index.js";
import { locate, type JsonPath } from "../parse/index.js";
import { parseRendered, type RenderedDocument, type TemplateSet } from "../render/index.js";
import type { ResolvedRepository, ResolvedTeam } from "../resolve/index.js";
import { appSetView, projectView, promotionSteps } from "./env-view.js";
import { outputPath, serializeManifest, type EmbeddedManifest, type Manifest, type ManifestScope } from "./manifest.js";
import { pipelineView } from "./pipeline-view.js";
import { teamView } from "./team-view.js";

/** Kinds a team may not ship: cluster-scoped objects belong to the platform. */
const CLUSTER_SCOPED = new Set([
  "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass",
  "PriorityClass", "ClusterWorkflowTemplate", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "Node",
]);

export interface EmitOptions {
  /** Emit only these environments (all when empty). */
  readonly envs?: readonly string[];
  /** Emit only the teams this accepts (all when undefined). */
  readonly teamFilter?: (team: { env: string; bu: string; name: string }) => boolean;
  /** Skip the Argo CD objects (the plugin's generate renders a team's own objects only). */
  readonly argocd?: boolean;
}

export function emitRepository(repo: ResolvedRepository, repository: RepositoryNode, graph: TriggerGraph, templates: TemplateSet, options: EmitOptions = {}): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const manifests: Manifest[] = [];
  const diagnostics: Diagnostic[] = [];

  const render = (template: string, view: object, scope: ManifestScope, fallback: Location, sources: readonly string[], embedded: (doc: RenderedDocument) => EmbeddedManifest[] = () => []) => {
    const fn = templates.get(template);
    if (!fn) return [];
    let out;
    try {
      out = fn(view);
    } catch (error) {
      diagnostics.push(diag("TPL001", { message: `${templates.source(template)?.file ?? template}: ${(error as Error).message}`, location: fallback }));
      return [];
    }
    const parsed = parseRendered(out);
    if (parsed.error) {
      diagnostics.push(diag("TPL003", { message: `${templates.source(template)?.file ?? template} rendered invalid YAML: ${parsed.error}`, location: fallback }));
      return [];
    }
    const result: Manifest[] = [];
    for (const doc of parsed.documents) {
      const m = toManifest(doc.value, scope, template, false, originLookup(doc, fallback), embedded(doc), sources);
      manifests.push(m);
      result.push(m);
    }
    return result;
  };

  const promoted = repo.environments.some((e) => e.spec.promotion?.after !== undefined);
  const steps = promoted ? promotionSteps(repo.environments) : undefined;
  // A team whose namespace an earlier team already uses is not emitted: SEM017 says why, once.
  const namespaceOwner = new Map<string, string>();
  for (const env of repo.environments) for (const t of env.teams) if (!namespaceOwner.has(t.namespace)) namespaceOwner.set(t.namespace, t.id);
  for (const env of repo.environments) {
    if (options.envs?.length && !options.envs.includes(env.name)) continue;
    const teams = env.teams.filter((t) => namespaceOwner.get(t.namespace) === t.id && (!options.teamFilter || options.teamFilter(t)));
    for (const team of teams) {
      const scope: ManifestScope = { env: team.env, bu: team.bu, team: team.name };
      const tv = teamView(team);
      const teamSources = [env.location.file, ...buFiles(team), team.location.file];
      for (const name of ["namespace", "serviceaccounts", "rbac", "eventbus", "eventsource", "notify-template"]) render(`${name}.yaml.hbs`, tv, scope, team.location, teamSources);
      if (tv.quota) render("resourcequota.yaml.hbs", tv, scope, team.location, teamSources);
      for (const p of team.pipelines) {
        const view = pipelineView(p, graph);
        const pscope = { ...scope, pipeline: p.id };
        // The pipeline's own file, its team's layers, and the pipelines it notifies or is triggered by.
        const psources = [...teamSources, p.node.node.source.file, ...(graph.upstream.get(p.id) ?? []).map((e) => e.from.node.node.source.file), ...(graph.downstream.get(p.id) ?? []).map((e) => e.to.node.node.source.file)];
        // Spark tasks first: each SparkApplication is rendered, then embedded as the resource template's manifest.
        const sparkDocs = new Map<string, RenderedDocument>();
        let sparkFailed = false;
        for (const task of view.tasks) {
          if (!task.spark) continue;
          const fn = templates.get("sparkapplication.yaml.hbs");
          if (!fn) continue;
          try {
            const parsed = parseRendered(fn(task.spark));
            const doc = parsed.documents[0];
            if (parsed.error || !doc) sparkFailed = true;
            if (parsed.error || !doc) diagnostics.push(diag("TPL003", { message: `sparkapplication.yaml.hbs rendered invalid YAML${parsed.error ? `: ${parsed.error}` : ""}`, location: p.location }));
            else {
              sparkDocs.set(task.name, doc);
              Object.assign(task.spark, { manifest: serializeManifest(doc.value) });
            }
          } catch (error) {
            sparkFailed = true;
            diagnostics.push(diag("TPL001", { message: `sparkapplication.yaml.hbs: ${(error as Error).message}`, location: p.location }));
          }
        }
        // Without its SparkApplications the workflow cannot be rendered; the failure is already reported.
        if (sparkFailed || (view.tasks.some((t) => t.spark) && !templates.get("sparkapplication.yaml.hbs"))) continue;
        const embedded = (doc: RenderedDocument): EmbeddedManifest[] => {
          const templatesList = workflowTemplatesOf(doc.value);
          if (!templatesList) return [];
          const out: EmbeddedManifest[] = [];
          templatesList.list.forEach((t, i) => {
            const sd = typeof t.name === "string" ? sparkDocs.get(t.name) : undefined;
            if (sd && t.resource) out.push({ path: [...templatesList.path, i, "resource", "manifest"], value: sd.value, origin: originLookup(sd, p.location) });
          });
          return out;
        };
        const ctx = { ...view, ...tv, labels: view.labels, annotations: view.annotations, generateName: `${p.name}-` };
        if (view.kind === "CronWorkflow") render("cronworkflow.yaml.hbs", ctx, pscope, p.location, psources, embedded);
        if (view.kind === "WorkflowTemplate" || view.alsoTemplate) render("workflowtemplate.yaml.hbs", ctx, pscope, p.location, psources, embedded);
        if (view.sensor) render("sensor.yaml.hbs", ctx, pscope, p.location, psources);
      }
      for (const plain of team.node.manifests) {
        const m = plainManifest(plain, team, scope, diagnostics);
        if (m) manifests.push(m);
      }
    }
    if (options.argocd !== false) {
      const escope: ManifestScope = { env: env.name };
      for (const team of teams) render("appproject.yaml.hbs", { project: projectView(repository, env, team), argocdNamespace: argocdNamespace(repository) }, escope, team.location, [env.location.file, team.location.file]);
      if (!options.teamFilter && !promoted) render("applicationset.yaml.hbs", { appset: appSetView(repository, [env], `pipeforge-${env.name}`), argocdNamespace: argocdNamespace(repository) }, escope, env.location, [env.location.file]);
    }
  }
  // Promotion between environments: one ApplicationSet syncs them in order (RollingSync).
  if (promoted && steps && options.argocd !== false && !options.teamFilter && !options.envs?.length) {
    render("applicationset.yaml.hbs", { appset: appSetView(repository, repo.environments, "pipeforge", steps), argocdNamespace: argocdNamespace(repository) }, { env: "" }, repo.environments[0]!.location, repo.environments.map((e) => e.location.file));
  }
  diagnostics.push(...collisions(manifests));
  return { manifests, diagnostics };
}

function buFiles(team: ResolvedTeam): string[] {
  return team.buLocation ? [team.buLocation.file] : [];
}

function argocdNamespace(repository: RepositoryNode): string {
  return repository.spec.argocd?.namespace ?? "argocd";
}

function workflowTemplatesOf(value: Record<string, unknown>): { list: Record<string, unknown>[]; path: JsonPath } | undefined {
  const spec = value.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  const ws = (spec.workflowSpec as Record<string, unknown> | undefined) ?? spec;
  const list = ws.templates;
  if (!Array.isArray(list)) return undefined;
  return { list: list as Record<string, unknown>[], path: spec.workflowSpec ? ["spec", "workflowSpec", "templates"] : ["spec", "templates"] };
}

function originLookup(doc: RenderedDocument, fallback: Location): (path: JsonPath) => Location {
  return (path) => doc.origin(path) ?? fallback;
}

function toManifest(value: Record<string, unknown>, scope: ManifestScope, producer: string, plain: boolean, origin: Manifest["origin"], embedded: EmbeddedManifest[], sources: readonly string[]): Manifest {
  const meta = (value.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const kind = String(value.kind ?? "");
  const name = String(meta.name ?? "");
  return {
    apiVersion: String(value.apiVersion ?? ""),
    kind,
    name,
    namespace: typeof meta.namespace === "string" ? meta.namespace : undefined,
    value,
    path: outputPath(scope, kind, name),
    scope,
    producer,
    plain,
    origin,
    embedded,
    sources: [...new Set(sources)].sort(),
  };
}

function plainManifest(plain: PlainManifest, team: ResolvedTeam, scope: ManifestScope, diagnostics: Diagnostic[]): Manifest | undefined {
  const value = structuredClone(plain.value);
  const kind = String(value.kind);
  if (CLUSTER_SCOPED.has(kind)) {
    diagnostics.push(diag("SEM019", { message: `${kind} is cluster-scoped; a team folder may only hold namespaced objects`, location: locate(plain.source, ["kind"]) }));
    return undefined;
  }
  const meta = (typeof value.metadata === "object" && value.metadata !== null ? value.metadata : {}) as Record<string, unknown>;
  if (typeof meta.name !== "string" || meta.name === "") {
    diagnostics.push(diag("SPEC003", { message: `${kind} has no metadata.name`, location: locate(plain.source, ["metadata"]) }));
    return undefined;
  }
  // Every Kubernetes name is a path segment (the API server refuses "/", "%", "." and ".."); the name also makes the output file's path.
  if (/[/%]/.test(meta.name) || meta.name === "." || meta.name === "..") {
    diagnostics.push(diag("SEM013", { message: `${kind} name "${meta.name}" is not a valid path segment (no "/", "%", "." or "..")`, location: locate(plain.source, ["metadata", "name"]) }));
    return undefined;
  }
  if (meta.namespace !== undefined && meta.namespace !== team.namespace) {
    diagnostics.push(diag("SEM018", { message: `${kind} ${meta.name} names namespace ${String(meta.namespace)}; it is deployed into ${team.namespace}`, location: locate(plain.source, ["metadata", "namespace"]) }));
  }
  value.metadata = { ...meta, namespace: team.namespace };
  return toManifest(value, scope, plain.source.file, true, (path, prefer) => locate(plain.source, path, prefer), [], [plain.source.file]);
}

function collisions(manifests: readonly Manifest[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byIdentity = new Map<string, Manifest>();
  const byPath = new Map<string, Manifest>();
  for (const m of manifests) {
    const id = `${m.apiVersion}/${m.kind}/${m.namespace ?? ""}/${m.name}`;
    const prev = byIdentity.get(id);
    if (prev) {
      out.push(diag("SEM016", { message: `${m.kind} ${m.namespace ? `${m.namespace}/` : ""}${m.name} is emitted twice (${prev.producer} and ${m.producer})`, location: m.origin(["metadata", "name"]) }));
      continue;
    }
    byIdentity.set(id, m);
    const other = byPath.get(m.path);
    if (other) out.push(diag("OUT003", { message: `${m.kind} ${m.name} and ${other.kind} ${other.name} both map to ${m.path}`, location: m.origin(["metadata", "name"]) }));
    else byPath.set(m.path, m);
  }
  return out;
}
