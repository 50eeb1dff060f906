// Argo CD objects of an environment: one AppProject per team (destinations
// limited to the team namespace) and the ApplicationSet whose git directory
// generator turns every team folder into an Application.
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
  return repo.spec.mode === "plugin" ? "environments" : repo.spec.output.replace(/\/+$/, "");
}

/**
 * The ApplicationSet of one environment. Go templates read the env/bu/team
 * from path segments; teams whose namespace does not follow the environment's
 * template get a generator of their own with a template override.
 */
export function appSetView(repo: RepositoryNode, env: ResolvedEnvironment): AppSetView {
  const root = sourceRoot(repo);
  const base = root.split("/").length; // index of the env segment in .path.segments
  const seg = (i: number) => `{{index .path.segments ${base + i}}}`;
  const repoURL = repo.spec.repoURL ?? PLACEHOLDER_REPO_URL;
  const nsTemplate = (env.spec.namespaceTemplate ?? DEFAULT_NAMESPACE_TEMPLATE).replace(/\{\{\s*(env|bu|team)\s*\}\}/g, (_m, k: string) => seg({ env: 0, bu: 1, team: 2 }[k as "env" | "bu" | "team"]));
  const templated = (t: ResolvedTeam) => t.namespace === expandNamespace(env.spec.namespaceTemplate ?? DEFAULT_NAMESPACE_TEMPLATE, t);
  const special = env.teams.filter((t) => !templated(t));
  const git = (directories: Record<string, unknown>[]) => ({ repoURL, revision: repo.spec.targetRevision, directories });
  const source: Record<string, unknown> =
    repo.spec.mode === "plugin"
      ? { repoURL, targetRevision: repo.spec.targetRevision, path: "{{.path.path}}", plugin: { name: repo.spec.argocd?.plugin?.name ?? "pipeforge" } }
      : { repoURL, targetRevision: repo.spec.targetRevision, path: "{{.path.path}}" };
  const name = `${seg(0)}-${seg(1)}-${seg(2)}`;
  const labels = { [LABELS.environment]: seg(0), [LABELS.businessUnit]: seg(1), [LABELS.team]: seg(2), [LABELS.managedBy]: "pipeforge" };
  const generators: Record<string, unknown>[] = [
    { git: git([{ path: `${root}/${env.name}/*/*` }, ...special.map((t) => ({ path: `${root}/${env.name}/${t.bu}/${t.name}`, exclude: true }))]) },
    ...special.map((t) => ({
      git: {
        ...git([{ path: `${root}/${env.name}/${t.bu}/${t.name}` }]),
        template: { metadata: {}, spec: { project: projectName(t), destination: { server: env.spec.cluster, namespace: t.namespace } } },
      },
    })),
  ];
  return withOrigins(
    {
      name: `pipeforge-${env.name}`,
      labels: { [LABELS.environment]: env.name, [LABELS.managedBy]: "pipeforge" },
      generators,
      template: { name, labels, project: name, source, server: env.spec.cluster, namespace: nsTemplate },
    },
    {},
    env.location,
  );
}

function expandNamespace(template: string, t: ResolvedTeam): string {
  return template.replace(/\{\{\s*(env|bu|team)\s*\}\}/g, (_m, k: string) => ({ env: t.env, bu: t.bu, team: t.name })[k as "env" | "bu" | "team"]);
}
