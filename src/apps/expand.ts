// Expand one ApplicationSet the way Argo CD's controller would, offline: the
// git directory generator over a list of repository directories, generator
// templates merged over spec.template, Go templates executed per directory.
// Pure: a manifest value and directories in, Applications and problems out.
import { valueAt } from "../util/json.js";
import type { JsonPath } from "../parse/index.js";
import { goPathMatch } from "./go-path-match.js";
import { executeGoTemplate } from "./go-template.js";
import { mapStrings, mergeTemplate, type Json } from "./merge-template.js";
import { directoryParams } from "./params.js";
import { rolloutPlan, stepOf } from "./rollout.js";

export interface GeneratedApplication {
  readonly appSet: string;
  readonly generator: number;
  /** The repository directory the generator matched. */
  readonly directory: string;
  readonly name: string;
  /** Namespace the Application object lives in (the ApplicationSet's). */
  readonly namespace: string;
  readonly project: string;
  readonly source: { readonly repoURL?: string; readonly targetRevision?: string; readonly path?: string; readonly plugin?: string };
  readonly destination: { readonly server?: string; readonly name?: string; readonly namespace?: string };
  readonly labels: Readonly<Record<string, string>>;
  /** RollingSync step (1-based); undefined without RollingSync or when no step selects it. */
  readonly step?: number;
  readonly rollingSync: boolean;
}

export interface ExpansionProblem {
  readonly kind: "unsupported" | "error";
  readonly message: string;
  /** Where in the ApplicationSet manifest. */
  readonly path: JsonPath;
}

export interface Expansion {
  readonly applications: GeneratedApplication[];
  readonly problems: ExpansionProblem[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const SUPPORTED_GIT_FIELDS = new Set(["repoURL", "revision", "directories", "template", "requeueAfterSeconds"]);

/** Argo CD's filterApps: included by some entry, excluded by none (an exclude wins whatever the order). */
export function filterDirectories(entries: readonly { path: string; exclude?: boolean }[], directories: readonly string[], onBadPattern: (pattern: string, error: string, index: number) => void): string[] {
  entries.forEach((e, i) => {
    const r = goPathMatch(e.path, "");
    if (!r.ok) onBadPattern(e.path, r.error, i);
  });
  return directories.filter((dir) => {
    let include = false;
    let exclude = false;
    for (const e of entries) {
      const r = goPathMatch(e.path, dir);
      if (!r.ok || !r.match) continue;
      if (e.exclude) exclude = true;
      else include = true;
    }
    return include && !exclude;
  });
}

export function expandApplicationSet(appSet: Obj, directories: readonly string[]): Expansion {
  const problems = new Map<string, ExpansionProblem>();
  const problem = (p: ExpansionProblem) => problems.set(`${p.path.join("/")}\u0000${p.message}`, p);
  const applications: GeneratedApplication[] = [];
  const meta = obj(appSet.metadata);
  const spec = obj(appSet.spec);
  const name = str(meta.name) ?? "";
  const goTemplate = spec.goTemplate === true;
  if (!goTemplate) problem({ kind: "unsupported", message: `ApplicationSet ${name} does not set goTemplate: true; pipeforge apps only expands Go templates`, path: ["spec", "goTemplate"] });
  if (spec.templatePatch !== undefined) problem({ kind: "unsupported", message: `ApplicationSet ${name} uses templatePatch`, path: ["spec", "templatePatch"] });
  const options = { missingKeyError: Array.isArray(spec.goTemplateOptions) && spec.goTemplateOptions.includes("missingkey=error") };
  const plan = rolloutPlan(spec.strategy);
  if (plan.kind === "unsupported") problem({ kind: "unsupported", message: plan.message, path: plan.path });
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  generators.forEach((g, i) => {
    const keys = Object.keys(obj(g));
    const git = obj(obj(g).git);
    const other = keys.filter((k) => k !== "git");
    const extra = Object.keys(git).filter((k) => !SUPPORTED_GIT_FIELDS.has(k));
    if (other.length > 0 || keys.length === 0 || extra.length > 0) {
      const what = other.length > 0 ? `generator ${other.join(", ")}` : keys.length === 0 ? "an empty generator" : `git generator field ${extra.join(", ")}`;
      problem({ kind: "unsupported", message: `ApplicationSet ${name} uses ${what}; pipeforge apps expands git directory generators only`, path: ["spec", "generators", i] });
      return;
    }
    if (!goTemplate) return;
    const entries = (Array.isArray(git.directories) ? git.directories : []).map((d) => ({ path: String(obj(d).path ?? ""), exclude: obj(d).exclude === true }));
    if (entries.length === 0) {
      problem({ kind: "error", message: `git generator of ApplicationSet ${name} has no directories`, path: ["spec", "generators", i, "git"] });
      return;
    }
    const matched = filterDirectories(entries, directories, (pattern, error, j) =>
      problem({ kind: "error", message: `${error}; Argo CD logs it and ignores directories[${j}] (path ${JSON.stringify(pattern)})`, path: ["spec", "generators", i, "git", "directories", j, "path"] }),
    );
    const generatorTemplate = obj(git.template);
    const merged = mergeTemplate(generatorTemplate, obj(spec.template));
    for (const dir of matched) {
      const rendered = mapStrings(merged, (s) => executeGoTemplate(s, directoryParams(dir), options));
      if (!rendered.ok) {
        const inGenerator = typeof valueAt(generatorTemplate, rendered.path) === "string";
        problem({ kind: rendered.kind, message: rendered.message, path: inGenerator ? ["spec", "generators", i, "git", "template", ...rendered.path] : ["spec", "template", ...rendered.path] });
        continue;
      }
      applications.push(toApplication(rendered.value, name, str(meta.namespace) ?? "", i, dir, plan));
    }
  });
  return { applications, problems: [...problems.values()] };
}

function toApplication(t: Json, appSet: string, namespace: string, generator: number, directory: string, plan: ReturnType<typeof rolloutPlan>): GeneratedApplication {
  const meta = obj(obj(t).metadata);
  const spec = obj(obj(t).spec);
  const source = obj(spec.source ?? (Array.isArray(spec.sources) ? spec.sources[0] : undefined));
  const dest = obj(spec.destination);
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(meta.labels))) labels[k] = String(v);
  const step = stepOf(plan, labels);
  return {
    appSet,
    generator,
    directory,
    name: str(meta.name) ?? "",
    namespace: str(meta.namespace) ?? namespace,
    project: str(spec.project) ?? "",
    source: { repoURL: str(source.repoURL), targetRevision: str(source.targetRevision), path: str(source.path), plugin: str(obj(source.plugin).name) },
    destination: { server: str(dest.server), name: str(dest.name), namespace: str(dest.namespace) },
    labels,
    ...(step !== undefined ? { step } : {}),
    rollingSync: plan.kind === "steps",
  };
}


