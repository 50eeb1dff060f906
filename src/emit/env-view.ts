// Argo CD objects of an environment: one AppProject per team (destinations
// limited to the team namespace) and the ApplicationSet whose git directory
// generator turns every team folder into an Application.
import path from "node:path";
import type { RepositoryNode } from "../model/index.js";
import { LABELS, type ResolvedEnvironment, type ResolvedTeam } from "../resolve/index.js";
import { DEFAULT_NAMESPACE_TEMPLATE } from "../resolve/index.js";
import { withOrigins } from "../render/origins.js";

export interface ProjectView {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly description: string;
  readonly sourceRepos: string[];
  readonly server: string;
  readonly namespace: string;
}

export interface AppSetView {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly generators: Record<string, unknown>[];
  readonly strategy?: Record<string, unknown>;
  readonly template: {
    readonly name: string;
    readonly labels: Record<string, string>;
    readonly project: string;
    readonly source: Record<string, unknown>;
    readonly server: string;
    readonly namespace: string;
  };
}

export const PLACEHOLDER_REPO_URL = "https://git.example.invalid/set-spec.repoURL-in-pipeforge.yaml.git";

export function projectName(team: Pick<ResolvedTeam, "env" | "bu" | "name">): string {
  return `${team.env}-${team.bu}-${team.name}`;
}

export function projectView(repo: RepositoryNode, env: ResolvedEnvironment, team: ResolvedTeam): ProjectView {
  return withOrigins(
    {
      name: projectName(team),
      labels: { [LABELS.environment]: team.env, [LABELS.businessUnit]: team.bu, [LABELS.team]: team.name, [LABELS.managedBy]: "pipeforge" },
      description: `Pipelines of team ${team.name} (${team.bu}) in ${team.env}; owners: ${team.spec.owners.join(", ")}`,
      sourceRepos: [repo.spec.repoURL ?? PLACEHOLDER_REPO_URL],
      server: env.spec.cluster,
      namespace: team.namespace,
    },
    { server: env.location, namespace: team.namespaceOrigin },
    team.location,
  );
}

/** Folder the git generator scans, per mode: the committed output or the specs themselves (plugin). */
export function sourceRoot(repo: RepositoryNode): string {
  // Argo CD lists folders as clean relative paths: `./rendered/` must become `rendered`.
  return repo.spec.mode === "plugin" ? "environments" : path.posix.normalize(repo.spec.output).replace(/^(\.\/)+|\/+$/g, "");
}

/**
 * An ApplicationSet over one or more environments. Go templates read the
 * env/bu/team from path segments. With several environments (promotion), each
 * gets its own generator whose template override sets its cluster, and a
 * RollingSync strategy syncs them in promotion order. Teams whose namespace
 * does not follow the environment's template get a generator of their own.
 */
export function appSetView(repo: RepositoryNode, envs: readonly ResolvedEnvironment[], name: string, steps?: readonly (readonly string[])[]): AppSetView {
  const root = sourceRoot(repo);
  const base = root.split("/").length; // index of the env segment in .path.segments
  const seg = (i: number) => `{{index .path.segments ${base + i}}}`;
  const repoURL = repo.spec.repoURL ?? PLACEHOLDER_REPO_URL;
  const nsOf = (env: ResolvedEnvironment) =>
    (env.spec.namespaceTemplate ?? DEFAULT_NAMESPACE_TEMPLATE).replace(/\{\{\s*(env|bu|team)\s*\}\}/g, (_m, k: string) => seg({ env: 0, bu: 1, team: 2 }[k as "env" | "bu" | "team"]));
  const appName = `${seg(0)}-${seg(1)}-${seg(2)}`;
  const git = (directories: Record<string, unknown>[]) => ({ repoURL, revision: repo.spec.targetRevision, directories });
  const override = (server: string, namespace: string, project = appName) => ({ metadata: {}, spec: { project, destination: { server, namespace } } });
  const generators: Record<string, unknown>[] = [];
  for (const env of envs) {
    const templated = (t: ResolvedTeam) => t.namespace === expandNamespace(env.spec.namespaceTemplate ?? DEFAULT_NAMESPACE_TEMPLATE, t);
    const special = env.teams.filter((t) => !templated(t));
    const main = git([{ path: `${root}/${env.name}/*/*` }, ...special.map((t) => ({ path: `${root}/${env.name}/${t.bu}/${t.name}`, exclude: true }))]);
    generators.push({ git: envs.length > 1 ? { ...main, template: override(env.spec.cluster, nsOf(env)) } : main });
    for (const t of special) generators.push({ git: { ...git([{ path: `${root}/${env.name}/${t.bu}/${t.name}` }]), template: override(env.spec.cluster, t.namespace, projectName(t)) } });
  }
  const source: Record<string, unknown> =
    repo.spec.mode === "plugin"
      ? { repoURL, targetRevision: repo.spec.targetRevision, path: "{{.path.path}}", plugin: { name: repo.spec.argocd?.plugin?.name ?? "pipeforge" } }
      : { repoURL, targetRevision: repo.spec.targetRevision, path: "{{.path.path}}" };
  const labels = { [LABELS.environment]: seg(0), [LABELS.businessUnit]: seg(1), [LABELS.team]: seg(2), [LABELS.managedBy]: "pipeforge" };
  const first = envs[0];
  const strategy = steps
    ? { type: "RollingSync", rollingSync: { steps: steps.map((values) => ({ matchExpressions: [{ key: LABELS.environment, operator: "In", values: [...values] }] })) } }
    : undefined;
  return withOrigins(
    {
      name,
      labels: { ...(envs.length === 1 && first ? { [LABELS.environment]: first.name } : {}), [LABELS.managedBy]: "pipeforge" },
      generators,
      strategy,
      template: { name: appName, labels, project: appName, source, server: first?.spec.cluster ?? "https://kubernetes.default.svc", namespace: first ? nsOf(first) : "" },
    },
    {},
    first?.location,
  );
}

/** Environments in promotion order: step k holds those k links down a `promotion.after` chain. Undefined on a cycle or unknown link. */
export function promotionSteps(envs: readonly ResolvedEnvironment[]): string[][] | undefined {
  const byName = new Map(envs.map((e) => [e.name, e]));
  const depth = new Map<string, number>();
  const depthOf = (name: string, seen: Set<string>): number | undefined => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    if (seen.has(name)) return undefined;
    const after = byName.get(name)?.spec.promotion?.after;
    if (after === undefined) return 0;
    if (!byName.has(after)) return undefined;
    const d = depthOf(after, new Set([...seen, name]));
    if (d === undefined) return undefined;
    depth.set(name, d + 1);
    return d + 1;
  };
  const steps: string[][] = [];
  for (const env of envs) {
    const d = depthOf(env.name, new Set());
    if (d === undefined) return undefined;
    (steps[d] ??= []).push(env.name);
  }
  return steps.map((s) => s.sort());
}

function expandNamespace(template: string, t: ResolvedTeam): string {
  return template.replace(/\{\{\s*(env|bu|team)\s*\}\}/g, (_m, k: string) => ({ env: t.env, bu: t.bu, team: t.name })[k as "env" | "bu" | "team"]);
}
