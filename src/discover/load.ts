// Read and parse the repository tree into a RepositoryTree. IO happens only
// through the Host; everything else here is classification.
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import type { Host } from "../host/index.js";
import {
  API_VERSION,
  type BusinessUnitNode,
  type EnvironmentNode,
  type PipelineNode,
  type RepositorySpec,
  type RepositoryTree,
  type SpecNode,
  type TeamNode,
} from "../model/index.js";
import { decodeUtf8, locate, parseYamlFile, valueAsYaml11, type ParsedDocument } from "../parse/index.js";
import { isSpecKind, specKinds, validateSpecDocument } from "../spec/index.js";
import { closest } from "../util/suggest.js";
import { mark } from "../util/timings.js";
import { selectFiles, type FactsCache, type TeamFilter } from "./focus.js";
import { classifyPath, focusedInputGlobs, INPUT_GLOBS, yamlFiles, type FileRole } from "./layout.js";
import { parseOnce } from "./parse-once.js";

export interface LoadResult {
  readonly tree: RepositoryTree;
  readonly diagnostics: Diagnostic[];
  /** Every text read, by path: for positions at the report edge. */
  readonly sources: Map<string, string>;
  /** Pipeline ids whose spec failed validation: they exist (references to them resolve) but are not compiled. */
  readonly invalidPipelines: Set<string>;
  /** With a team filter: the files whose findings belong to the focus (see focus.ts). */
  readonly focusFiles?: ReadonlySet<string>;
}

export interface LoadOptions {
  /** Read only what the teams it accepts need (see focus.ts). */
  readonly teamFilter?: TeamFilter;
  /** With `teamFilter`: the environments of every team it accepts (the others are listed only in part). */
  readonly focusEnvs?: readonly string[];
  /** More pipeline names whose dependents a focused load must find (renamed or deleted pipelines). */
  readonly dependentsOf?: readonly string[];
  /** Facts of pipeline texts found by earlier runs, by content id (see focus.ts): a focused load over a host with content ids reads fewer files. */
  readonly factsCache?: FactsCache;
}

/**
 * The input files: all of them, or for a focused load given its environments, those in full and
 * of the others what the focus reads. Should the filter accept a team of another environment
 * after all, everything is listed: a wrong hint costs time, never findings.
 */
async function listInputs(host: Host, { teamFilter, focusEnvs }: LoadOptions): Promise<string[]> {
  const globs = teamFilter && focusEnvs ? focusedInputGlobs(focusEnvs) : undefined;
  if (!globs) return host.glob(INPUT_GLOBS);
  const paths = await host.glob(globs);
  const envs = new Set(focusEnvs);
  const outside = paths.some((p) => {
    const role = classifyPath(p);
    return role.role === "team" && !envs.has(role.env) && teamFilter!({ env: role.env, bu: role.bu, name: role.team });
  });
  return outside ? host.glob(INPUT_GLOBS) : paths;
}

const WHOLE_FILE = (file: string): Location => ({ file, start: 0, end: 0 });

export async function loadRepository(host: Host, options: LoadOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const paths = await listInputs(host, options);
  mark("walk: the command's modules loaded and the input files listed");
  const { reads, focusFiles } = await selectFiles(host, paths, options.teamFilter, options.dependentsOf, options.factsCache);
  mark("select and read the files a focused run needs (all files otherwise)");

  const envs = new Map<string, EnvironmentNode>();
  const bus = new Map<string, BusinessUnitNode>();
  const teams = new Map<string, TeamNode>();
  const invalidPipelines = new Set<string>();
  const policies: ParsedDocument[] = [];
  const templates = new Map<string, { file: string; text: string }>();
  let repository: SpecNode<RepositorySpec> | undefined;
  /** Scopes already declared by a document, valid or not: a second declaration is LAYOUT008 either way. */
  const declared = new Set<string>();
  const declare = (doc: ParsedDocument, key: string, what: string): boolean => {
    if (declared.has(key)) {
      duplicate(doc, what);
      return false;
    }
    declared.add(key);
    return true;
  };

  const envNode = (env: string): EnvironmentNode => {
    let n = envs.get(env);
    if (!n) envs.set(env, (n = { name: env, dir: `environments/${env}`, businessUnits: [] }));
    return n;
  };
  const buNode = (env: string, bu: string): BusinessUnitNode => {
    const key = `${env}/${bu}`;
    let n = bus.get(key);
    if (!n) {
      n = { env, name: bu, dir: `environments/${key}`, teams: [] };
      bus.set(key, n);
      envNode(env).businessUnits.push(n);
    }
    return n;
  };
  const teamNode = (env: string, bu: string, team: string): TeamNode => {
    const key = `${env}/${bu}/${team}`;
    let n = teams.get(key);
    if (!n) {
      n = { env, bu, name: team, id: key, dir: `environments/${key}`, pipelines: [], manifests: [] };
      teams.set(key, n);
      buNode(env, bu).teams.push(n);
    }
    return n;
  };

  for (const [file, read] of reads) {
    if (!read.ok) {
      if (read.reason === "outside-repository") diagnostics.push(diag("LAYOUT007", { message: `${file} is a symlink to ${read.detail ?? "a path"} outside the repository; not read`, location: WHOLE_FILE(file) }));
      else if (read.reason === "too-large") diagnostics.push(diag("YAML004", { message: `${file} is ${read.detail ?? "too many"} bytes, over the limit`, location: WHOLE_FILE(file) }));
      else diagnostics.push(diag("YAML001", { message: `${file} could not be read (${read.reason}${read.detail ? `: ${read.detail}` : ""})`, location: WHOLE_FILE(file) }));
      continue;
    }
    const text = decodeUtf8(read.bytes);
    if (text === undefined) {
      diagnostics.push(diag("YAML005", { message: `${file} is not valid UTF-8`, location: WHOLE_FILE(file) }));
      continue;
    }
    sources.set(file, text);
    const role = classifyPath(file);
    if (role.role === "template") {
      templates.set(role.name, { file, text });
      continue;
    }
    if (role.role === "misplaced") {
      diagnostics.push(diag("LAYOUT001", { message: `${file} is in the wrong place: ${role.reason}`, location: WHOLE_FILE(file) }));
      continue;
    }
    // A full load parses each file once anyway; a focused one may have parsed it already (focus.ts).
    const parsed = options.teamFilter ? parseOnce(host, file, text) : parseYamlFile(file, text);
    diagnostics.push(...parsed.diagnostics);
    if (role.role === "environment" || role.role === "businessunit" || role.role === "team" || role.role === "team-content") {
      const env = envNode(role.env);
      if (role.role !== "environment") buNode(role.env, role.bu);
      if (role.role === "team" || role.role === "team-content") teamNode(role.env, role.bu, role.team);
      void env;
    }
    for (const doc of parsed.documents) {
      if (doc.value === undefined || doc.value === null) continue;
      const header = readHeader(doc, diagnostics);
      if (!header) continue;
      placeDocument(doc, header, role);
    }
  }

  function placeDocument(doc: ParsedDocument, header: Header, role: FileRole): void {
    const { apiVersion, kind } = header;
    const compiled = apiVersion === API_VERSION;
    if (apiVersion.startsWith("pipeforge.io/") && !compiled) {
      diagnostics.push(diag("SPEC004", { message: `apiVersion ${apiVersion} is not supported; use ${API_VERSION}`, location: locate(doc, ["apiVersion"]) }));
      return;
    }
    if (compiled && !isSpecKind(kind) && kind !== "Policy") {
      const suggestion = closest(kind, [...specKinds(), "Policy"]);
      diagnostics.push(diag("LAYOUT002", { message: `unknown kind ${kind} for ${API_VERSION}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`, location: locate(doc, ["kind"]) }));
      return;
    }
    const expected = expectedKind(role);
    if (role.role === "policy") {
      if (!(compiled && kind === "Policy")) return wrongKind(doc, kind, "policies/ holds kind: Policy documents only");
      policies.push(doc);
      return;
    }
    if (expected && !(compiled && kind === expected)) return wrongKind(doc, kind, `${doc.file} must hold a ${expected}`);
    if (compiled && kind !== "Pipeline" && !expected) return wrongKind(doc, kind, `${kind} belongs in ${homeOf(kind)}`);
    if (compiled) {
      const problems = validateSpecDocument(doc, kind);
      diagnostics.push(...problems);
      const node = { source: doc, value: doc.value } as SpecNode<never>;
      if (role.role === "repository") {
        if (!declare(doc, "repository", "the repository")) return;
        if (problems.length === 0) repository = node;
      } else if (role.role === "environment") {
        const env = envNode(role.env);
        if (!declare(doc, `env:${role.env}`, `environment ${role.env}`)) return;
        if (problems.length === 0) Object.assign(env, { node });
        checkName(doc, role.env);
      } else if (role.role === "businessunit") {
        const bu = buNode(role.env, role.bu);
        if (!declare(doc, `bu:${role.env}/${role.bu}`, `business unit ${role.bu}`)) return;
        if (problems.length === 0) Object.assign(bu, { node });
        checkName(doc, role.bu);
      } else if (role.role === "team") {
        const team = teamNode(role.env, role.bu, role.team);
        if (!declare(doc, `team:${role.env}/${role.bu}/${role.team}`, `team ${role.team}`)) return;
        if (problems.length === 0) Object.assign(team, { node });
        checkName(doc, role.team);
      } else if (role.role === "team-content") {
        const team = teamNode(role.env, role.bu, role.team);
        const name = pipelineName(doc);
        const id = `${team.id}/${name}`;
        if (problems.length > 0) {
          invalidPipelines.add(id);
          return;
        }
        const pipeline: PipelineNode = { env: role.env, bu: role.bu, team: role.team, name, id, node };
        team.pipelines.push(pipeline);
      }
      return;
    }
    if (role.role === "team-content") {
      const value = valueAsYaml11(doc, sources.get(doc.file) ?? "") as Record<string, unknown>;
      teamNode(role.env, role.bu, role.team).manifests.push({ source: doc, value });
    }
  }

  function wrongKind(doc: ParsedDocument, kind: string, why: string): void {
    diagnostics.push(diag("LAYOUT004", { message: `kind ${kind} is not allowed here: ${why}`, location: locate(doc, ["kind"]) }));
  }
  function duplicate(doc: ParsedDocument, what: string): void {
    diagnostics.push(diag("LAYOUT008", { message: `${what} is declared more than once`, location: locate(doc, ["kind"]) }));
  }
  function checkName(doc: ParsedDocument, folder: string): void {
    const name = (doc.value as { metadata?: { name?: unknown } }).metadata?.name;
    if (typeof name === "string" && name !== folder) {
      diagnostics.push(diag("LAYOUT009", { message: `metadata.name "${name}" differs from the folder name "${folder}"`, location: locate(doc, ["metadata", "name"]), hint: `Set it to "${folder}" or remove it.` }));
    }
  }

  // Structural completeness: every environment and team is declared. (A set of the paths read: a
  // search of the reads for each team was quadratic, 240 teams times thousands of files.)
  const readPaths = new Set(reads.map(([p]) => p));
  const declaration = (dir: string, stem: string) => yamlFiles(`${dir}/${stem}`).find((p) => readPaths.has(p));
  for (const env of envs.values()) {
    const envFile = declaration(env.dir, "environment");
    if (!env.node && !envFile) {
      diagnostics.push(diag("LAYOUT006", { message: `environment ${env.name} has no environment.yaml`, location: WHOLE_FILE(firstFileUnder(env.dir, paths)) }));
    } else if (!env.node && envFile && !diagnostics.some((d) => d.location?.file === envFile)) {
      diagnostics.push(diag("LAYOUT006", { message: `${envFile} holds no Environment`, location: WHOLE_FILE(envFile) }));
    }
    for (const bu of env.businessUnits) {
      for (const team of bu.teams) {
        const teamFile = declaration(team.dir, "team");
        if (!team.node && !teamFile) {
          diagnostics.push(diag("LAYOUT005", { message: `team folder ${team.dir} has no team.yaml`, location: WHOLE_FILE(firstFileUnder(team.dir, paths)) }));
        } else if (!team.node && teamFile && !diagnostics.some((d) => d.location?.file === teamFile)) {
          diagnostics.push(diag("LAYOUT005", { message: `${teamFile} holds no Team`, location: WHOLE_FILE(teamFile) }));
        }
      }
    }
  }

  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const environments = [...envs.values()].sort(byName);
  for (const env of environments) {
    env.businessUnits.sort(byName);
    for (const bu of env.businessUnits) {
      bu.teams.sort(byName);
      for (const team of bu.teams) team.pipelines.sort(byName);
    }
  }
  const repoSpec = (repository?.value.spec ?? {}) as RepositorySpec;
  const tree: RepositoryTree = {
    repository: {
      spec: { ...repoSpec, mode: repoSpec.mode ?? "rendered", output: repoSpec.output ?? "rendered", targetRevision: repoSpec.targetRevision ?? "main" },
      node: repository,
    },
    environments,
    policies,
    templates,
  };
  return { tree, diagnostics, sources, invalidPipelines, focusFiles };
}

interface Header {
  readonly apiVersion: string;
  readonly kind: string;
}

function readHeader(doc: ParsedDocument, diagnostics: Diagnostic[]): Header | undefined {
  const v = doc.value;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    diagnostics.push(diag("YAML006", { message: `document ${doc.index + 1} is ${Array.isArray(v) ? "a list" : `a ${typeof v}`}, not a mapping`, location: locate(doc, []) }));
    return undefined;
  }
  const { apiVersion, kind } = v as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") {
    const missing = [typeof apiVersion === "string" && apiVersion ? "" : "apiVersion", typeof kind === "string" && kind ? "" : "kind"].filter(Boolean).join(" and ");
    diagnostics.push(diag("LAYOUT003", { message: `document ${doc.index + 1} has no ${missing}`, location: locate(doc, []) }));
    return undefined;
  }
  return { apiVersion, kind };
}

function expectedKind(role: FileRole): string | undefined {
  switch (role.role) {
    case "repository":
      return "Repository";
    case "environment":
      return "Environment";
    case "businessunit":
      return "BusinessUnit";
    case "team":
      return "Team";
    default:
      return undefined;
  }
}

function homeOf(kind: string): string {
  return (
    { Repository: "pipeforge.yaml", Environment: "environments/<env>/environment.yaml", BusinessUnit: "environments/<env>/<bu>/businessunit.yaml", Team: "environments/<env>/<bu>/<team>/team.yaml", Policy: "policies/" }[kind] ?? "its own file"
  );
}

function pipelineName(doc: ParsedDocument): string {
  const name = (doc.value as { metadata?: { name?: unknown } }).metadata?.name;
  if (typeof name === "string" && name !== "") return name;
  const base = doc.file.split("/").pop() ?? doc.file;
  return base.replace(/\.ya?ml$/, "");
}

function firstFileUnder(dir: string, paths: readonly string[]): string {
  return paths.find((p) => p.startsWith(`${dir}/`)) ?? dir;
}
