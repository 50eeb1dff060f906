// The compile stage that checks every emitted manifest against the bundled
// (and the repository's own) schemas. A problem in a rendered manifest is
// reported at the spec value that produced it, with the rendered file and
// path as related information.
import path from "node:path";
import type v8 from "node:v8";
import { diag, type Diagnostic } from "../diagnostics/index.js";
import { pipeforgeRequire } from "../precompiled/module.js";
import type { Manifest } from "../emit/index.js";
import type { RepositorySpec } from "../model/index.js";
import { pathText } from "../spec/index.js";
import { valueAt } from "../util/json.js";
import { DEFAULT_ARGO_WORKFLOWS } from "./bundle-format.js";
import type { SchemaCheckCache } from "./check-cache.js";
import { createSchemaRegistry, type SchemaRegistry } from "./registry.js";
import type { JsonPath } from "../parse/index.js";
import type { ArgoWorkflowsTarget, ExtraSchemaSource, ManifestCheck } from "./types.js";
import { validateManifest } from "./validate-manifest.js";

export interface ManifestValidationOptions {
  readonly argoWorkflows?: ArgoWorkflowsTarget;
  /** Extra CRD files or JSON-schema folders (absolute, or relative to `root`). */
  readonly schemaLocations?: readonly string[];
  readonly root?: string;
  /** Where `build` writes, for the related-information paths. */
  readonly outputDir?: string;
  readonly ignoreMissingSchemas?: boolean;
}

const registries = new Map<string, SchemaRegistry>();

/** One registry per target and schema set per process: validators compile once. */
export function registryFor(options: { argoWorkflows: ArgoWorkflowsTarget; extra: readonly ExtraSchemaSource[] }): SchemaRegistry {
  const key = JSON.stringify(options);
  let r = registries.get(key);
  if (!r) registries.set(key, (r = createSchemaRegistry({ argoWorkflows: options.argoWorkflows, extra: [...options.extra] })));
  return r;
}

export function extraSources(locations: readonly string[], root: string): ExtraSchemaSource[] {
  return locations.map((loc) => {
    const abs = path.resolve(root, loc);
    return /\.ya?ml$/i.test(loc) ? { type: "crd", path: abs } : { type: "json-schema-dir", path: abs };
  });
}

function mergeChecks(outer: ManifestCheck, inner: readonly { at: JsonPath; check: ManifestCheck }[]): ManifestCheck {
  const errors = [...outer.errors];
  for (const { at, check } of inner) errors.push(...check.errors.map((issue) => ({ ...issue, path: [...at, ...issue.path], embeddedIn: [...at] })));
  return { ...outer, errors, status: errors.length > 0 ? "invalid" : outer.status };
}

/** A plain manifest's `yes`, `on` or `0755` is not the string its author may have meant. */
function yaml11Hint(issue: { keyword: string; path: JsonPath; params?: Record<string, unknown> }, root: unknown): string | undefined {
  if (issue.keyword !== "type") return undefined;
  const wanted = issue.params?.type;
  const wantsString = wanted === "string" || (Array.isArray(wanted) && wanted.includes("string"));
  const actual = valueAt(root, issue.path);
  if (!wantsString || (typeof actual !== "boolean" && typeof actual !== "number")) return undefined;
  return `Kubernetes reads YAML 1.1, where this value is the ${typeof actual} ${JSON.stringify(actual)}; quote it to keep a string.`;
}

/** Only status and errors make findings here: what a check found clean before stands for it. */
const CLEAN: ManifestCheck = { status: "valid", errors: [], unevaluatedRules: 0, droppedNulls: [] };
const isClean = (check: ManifestCheck) => check.status === "valid" && check.errors.length === 0;

let serializer: typeof v8 | undefined;

/**
 * Everything a manifest's check reads, as bytes: its values and the Argo Workflows target. V8's
 * serialisation keeps what JSON would drop (an undefined field, -0). node:v8 is required when
 * first needed: loading it (and the stream modules it brings) is not every command's business.
 */
function checkedContent(argoWorkflows: ArgoWorkflowsTarget, m: Manifest): Uint8Array {
  serializer ??= pipeforgeRequire("node:v8") as typeof v8;
  return serializer.serialize([argoWorkflows, m.value, m.embedded.map((e) => [e.path, e.value])]);
}

function checkOne(registry: SchemaRegistry, m: Manifest): ManifestCheck {
  // Embedded manifests pipeforge rendered itself are checked as the objects it holds, not re-parsed from their text.
  return m.embedded.length > 0
    ? mergeChecks(validateManifest(registry, m.value, { embedded: false }), m.embedded.map((e) => ({ at: e.path, check: validateManifest(registry, e.value) })))
    : validateManifest(registry, m.value);
}

/**
 * With `cache`, manifests found clean before are not checked again, and the validators are not
 * loaded at all when every one was. A repository's own schemas (spec.schemas) are files pipeforge
 * does not identify: their runs neither use nor fill the cache.
 */
export function validateEmitted(manifests: readonly Manifest[], repository: RepositorySpec, options: ManifestValidationOptions = {}, cache?: SchemaCheckCache): Diagnostic[] {
  const root = options.root ?? process.cwd();
  const key = {
    argoWorkflows: options.argoWorkflows ?? repository.targets?.argoWorkflows ?? DEFAULT_ARGO_WORKFLOWS,
    extra: extraSources([...(repository.schemas ?? []), ...(options.schemaLocations ?? [])], root),
  };
  const kept = key.extra.length === 0 ? cache : undefined;
  const group = (m: Manifest) => `${repository.repoURL ?? ""}\0${path.posix.dirname(m.path)}`;
  const contents = kept ? manifests.map((m) => checkedContent(key.argoWorkflows, m)) : [];
  let registry: SchemaRegistry | undefined;
  const known = manifests.map((m, i) => kept !== undefined && kept.isClean(group(m), m.path, contents[i]!));
  const checks = manifests.map((m, i) => (known[i] ? CLEAN : checkOne((registry ??= registryFor(key)), m)));
  const problems = registry?.problems() ?? [];
  // A run with schema-source problems keeps nothing: a later run that loads no validator would not report them.
  if (kept && problems.length === 0) {
    for (const [i, m] of manifests.entries()) if (!known[i] && isClean(checks[i]!)) kept.markClean(group(m), m.path, contents[i]!);
  }
  const out: Diagnostic[] = [];
  for (const problem of problems) out.push(diag("MAN002", { message: `schema source ${problem.source}: ${problem.message}`, severity: "error" }));
  const outDir = options.outputDir ?? repository.output ?? "rendered";
  for (const [i, m] of manifests.entries()) {
    const check = checks[i]!;
    const rendered = `${outDir}/${m.path}`;
    if (check.status === "missing-schema") {
      if (!options.ignoreMissingSchemas) {
        out.push(diag("MAN002", { message: `no schema for ${m.apiVersion} ${m.kind} (${m.name})`, location: m.origin(["kind"]), hint: "Add its CRD to spec.schemas in pipeforge.yaml, or pass --ignore-missing-schemas." }));
      }
      continue;
    }
    for (const issue of check.errors) {
      const embedded = issue.embeddedIn ? m.embedded.find((e) => pathText(e.path) === pathText(issue.embeddedIn ?? [])) : undefined;
      // An unknown field is best shown at its key.
      const prefer = issue.keyword === "additionalProperties" ? "key" : "value";
      const location = embedded ? embedded.origin(issue.path.slice(issue.embeddedIn?.length ?? 0)) : m.origin(issue.path, prefer);
      const where = pathText(issue.path);
      const hint = (m.plain ? yaml11Hint(issue, m.value) : undefined) ?? issue.hint;
      out.push(
        diag("MAN001", {
          message: `${m.kind} ${m.name}: ${issue.message}${where ? ` (at ${where})` : ""}`,
          location,
          hint,
          related: m.plain ? [] : [{ message: `in the rendered ${m.kind}`, rendered: { file: rendered, path: where } }],
        }),
      );
    }
  }
  return out;
}
