// The Applications Argo CD would create from the emitted ApplicationSets.
// "Against the repository tree": in rendered mode the directories are those
// `build` would write (derived from the planned output paths, so no build is
// needed first); in plugin mode they are the repository's own folders, which
// the caller lists with generatorGlobs(). Pure: compile output in, preview out.
import { posix } from "node:path";
import type { Location } from "../diagnostics/index.js";
import type { Manifest } from "../emit/index.js";
import type { RepositoryNode } from "../model/index.js";
import type { ResolvedRepository } from "../resolve/index.js";
import { applicationFindings, problemFindings, type Finding, type TeamFolder } from "./checks.js";
import { directoriesOf } from "./directories.js";
import { expandApplicationSet, type GeneratedApplication } from "./expand.js";

export interface PreviewInput {
  readonly manifests: readonly Manifest[];
  readonly resolved: ResolvedRepository;
  /** Plugin mode: the repository files below the generators' folders (see generatorGlobs). */
  readonly repositoryFiles?: readonly string[];
}

export interface PreviewApplication extends GeneratedApplication {
  /** Environment and team id when the source path is a team folder. */
  readonly env?: string;
  readonly team?: string;
}

export interface AppsPreview {
  readonly mode: RepositoryNode["spec"]["mode"];
  /** Where the directories came from. */
  readonly directories: { readonly from: "planned-output" | "repository"; readonly root: string; readonly count: number };
  readonly applicationSets: string[];
  readonly applications: PreviewApplication[];
  readonly findings: Finding[];
}

export function previewApplications(input: PreviewInput): AppsPreview {
  const repo = input.resolved.repository;
  const rendered = repo.spec.mode !== "plugin";
  const root = rendered ? posix.normalize(repo.spec.output).replace(/\/+$/, "") : "environments";
  const files = rendered ? input.manifests.map((m) => posix.join(root, m.path)) : (input.repositoryFiles ?? []);
  const directories = directoriesOf(files);
  const appSets = input.manifests.filter((m) => m.kind === "ApplicationSet").sort((a, b) => compare(a.name, b.name));
  const projects = new Set(input.manifests.filter((m) => m.kind === "AppProject").map((m) => m.name));
  const teams = new Map<string, TeamFolder>();
  for (const env of input.resolved.environments) {
    for (const t of env.teams) teams.set(posix.join(root, t.env, t.bu, t.name), { id: t.id, env: t.env, namespace: t.namespace, location: t.location, namespaceOrigin: t.namespaceOrigin });
  }
  const origin = (name: string, path: readonly (string | number)[]): Location | undefined => appSets.find((m) => m.name === name)?.origin([...path]);
  const ctx = { teams, projects, origin };
  const generated: GeneratedApplication[] = [];
  const findings: Finding[] = [];
  for (const m of appSets) {
    const { applications, problems } = expandApplicationSet(m.value, directories);
    generated.push(...applications);
    findings.push(...problemFindings(m.name, problems, ctx));
  }
  findings.push(...applicationFindings(generated, ctx));
  const applications = generated
    .map((a): PreviewApplication => {
      const team = teams.get(a.source.path ?? a.directory);
      return team ? { ...a, env: team.env, team: team.id } : a;
    })
    .sort((a, b) => compare(a.name, b.name) || compare(a.appSet, b.appSet) || compare(a.directory, b.directory));
  return {
    mode: repo.spec.mode,
    directories: { from: rendered ? "planned-output" : "repository", root, count: directories.length },
    applicationSets: appSets.map((m) => m.name),
    applications,
    findings,
  };
}

/** Keep the Applications and findings of these environments (ApplicationSet-wide findings stay). */
export function filterPreview(preview: AppsPreview, envs: readonly string[]): AppsPreview {
  if (envs.length === 0) return preview;
  const keep = (env: string | undefined) => env !== undefined && envs.includes(env);
  return {
    ...preview,
    applications: preview.applications.filter((a) => keep(a.env ?? a.labels["pipeforge.io/environment"])),
    findings: preview.findings.filter((f) => f.env === undefined || keep(f.env)),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
