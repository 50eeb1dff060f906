import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { createAjv, declareUnknownFormats, type AjvHooks } from "./ajv-instance.js";
import type { CelSite } from "./cel.js";
import { DEF_REF_PREFIX, DEFAULT_ARGO_WORKFLOWS, defRefName, type ArgoWorkflowsTarget } from "./bundle-format.js";
import { openBundle, type BundleFiles } from "./bundle-loader.js";
import { extraKindMatches, loadExtraSources, type ExtraSchemas } from "./extra-sources.js";
import { isJsonObject, type Json, type JsonObject } from "./json.js";
import { openPrecompiled, PRECOMPILED_DIR, type PrecompiledValidators } from "./precompiled/load.js";
import { forEachSubschema, normalizeSchema } from "./schema-normalize.js";
import type { SchemaRegistryOptions, SchemaSourceProblem } from "./types.js";

// Schemas compiled once per registry and only for the kinds actually validated: compiling the
// Workflow schema costs far more than validating many Workflows, and most runs see few kinds.

export interface KindValidator {
  readonly apiVersion: string;
  readonly kind: string;
  readonly source: string;
  /** ajv's errors (empty when valid) and where validation met CEL rules (evaluated by the caller). */
  validate(data: unknown): { errors: readonly ErrorObject[]; cel: readonly CelSite[] };
}

export interface SchemaRegistry {
  readonly argoWorkflows: ArgoWorkflowsTarget;
  /** The validator for a kind, compiled on first request; undefined when no usable schema exists. */
  validatorFor(apiVersion: string, kind: string): KindValidator | undefined;
  /** Problems with the `extra` sources (unreadable, not a CRD, schema that does not compile…). */
  problems(): readonly SchemaSourceProblem[];
}

interface SchemaSource {
  source: string;
  load(): JsonObject;
  baseUrl?: string;
  /** A broken user schema is a finding about the user's files; a broken bundled one is a bug. */
  user: boolean;
  /** Generated at build time for bundled kinds (precompiled/): loaded instead of compiled when present. */
  precompiled?: () => ValidateFunction | undefined;
}

export function createSchemaRegistry(options: SchemaRegistryOptions = {}): SchemaRegistry {
  const argoWorkflows = options.argoWorkflows ?? DEFAULT_ARGO_WORKFLOWS;
  const bundle = openBundle(options.schemaDir);
  const problems: SchemaSourceProblem[] = [];
  let celSites: CelSite[] = [];
  let ajv: Ajv | undefined;
  let extras: ExtraSchemas | undefined;
  const compiled = new Map<string, KindValidator | undefined>();
  const added = new Set<string>();

  const hooks: AjvHooks = {
    onCelRules: (rules, data, pointer) => void celSites.push({ rules, data, pointer }),
    onWarning: (message) => problems.push({ source: "ajv", message }),
  };
  const getAjv = (): Ajv => (ajv ??= createAjv(hooks));
  // Only for the shipped bundle: precompiled code belongs to the schemas it was generated from.
  const precompiledDir = options.precompiled ?? (options.schemaDir === undefined ? PRECOMPILED_DIR : false);
  let precompiled: PrecompiledValidators | undefined | null;
  const getPrecompiled = () => (precompiled ??= (precompiledDir && openPrecompiled(precompiledDir, bundle, hooks)) || null);
  const getExtras = (): ExtraSchemas => {
    if (!extras) {
      extras = loadExtraSources(options.extra ?? []);
      problems.push(...extras.problems);
    }
    return extras;
  };

  const find = (apiVersion: string, kind: string): SchemaSource | undefined => {
    // User schemas first: a repository may pin a newer CRD than the one bundled. Exact
    // apiVersion/kind declarations win over kubeconform file names.
    const user = getExtras().kinds;
    const extra = user.find((k) => k.gvk && extraKindMatches(k, apiVersion, kind)) ?? user.find((k) => extraKindMatches(k, apiVersion, kind));
    if (extra) return { source: extra.source, load: () => extra.schema, baseUrl: extra.baseUrl, user: true };
    const entry = bundle.index().kinds.find(
      (k) => k.apiVersion === apiVersion && k.kind === kind && (k.argoWorkflows === undefined || k.argoWorkflows === argoWorkflows),
    );
    return entry && { source: entry.source, load: () => bundle.kindSchema(entry.file), user: false, precompiled: () => getPrecompiled()?.validator(entry.file) };
  };

  const compile = (found: SchemaSource, apiVersion: string, kind: string): KindValidator | undefined => {
    let fn: ValidateFunction;
    try {
      const precompiled = found.precompiled?.();
      if (precompiled) fn = precompiled;
      else {
        const schema = found.load();
        addDependencies(getAjv(), bundle, schema, found.baseUrl, added);
        // A user file is compiled under its own URL so its relative `$ref`s resolve; the query keeps
        // the id unique when one file declares several kinds.
        const id = found.baseUrl && `${found.baseUrl}?kind=${encodeURIComponent(`${apiVersion}/${kind}`)}`;
        fn = getAjv().compile(id ? { ...schema, $id: id } : schema);
      }
    } catch (error) {
      if (!found.user) throw error;
      problems.push({ source: found.source, message: `schema for ${apiVersion} ${kind} does not compile: ${error instanceof Error ? error.message : String(error)}` });
      return undefined;
    }
    return {
      apiVersion,
      kind,
      source: found.source,
      validate(data) {
        celSites = [];
        const valid = fn(data);
        return { errors: valid ? [] : [...(fn.errors ?? [])], cel: celSites };
      },
    };
  };

  return {
    argoWorkflows,
    validatorFor(apiVersion, kind) {
      const key = `${apiVersion}|${kind}`;
      if (!compiled.has(key)) {
        const found = find(apiVersion, kind);
        compiled.set(key, found && compile(found, apiVersion, kind));
      }
      return compiled.get(key);
    },
    problems: () => problems,
  };
}

/**
 * Before a schema compiles, ajv must know every schema it references and every format it uses:
 * shared bundle definitions (`pipeforge:defs/…`), files a user schema points at relative to its
 * own location, and formats the API server would ignore.
 */
export function addDependencies(ajv: Ajv, bundle: BundleFiles, root: JsonObject, baseUrl: string | undefined, added: Set<string>, prepare: (def: JsonObject) => JsonObject = (def) => def): void {
  const formats = new Set<string>();
  const visit = (node: Json, base: string | undefined): void => {
    if (!isJsonObject(node)) return;
    if (typeof node.format === "string") formats.add(node.format);
    const def = defRefName(node);
    if (def !== undefined && !added.has(DEF_REF_PREFIX + def)) {
      const schema = bundle.defs().get(def);
      if (!schema) throw new Error(`shared definition "${def}" is missing from ${bundle.dir}`);
      added.add(DEF_REF_PREFIX + def);
      // Bundled definitions were checked when the bundle was built: skip meta-schema validation.
      ajv.addSchema(prepare(schema), DEF_REF_PREFIX + def, undefined, false);
      visit(schema, undefined);
    } else if (def === undefined && typeof node.$ref === "string" && !node.$ref.startsWith("#") && base) {
      const url = new URL(node.$ref, base);
      url.hash = "";
      if (url.protocol === "file:" && !added.has(url.href)) {
        added.add(url.href);
        const schema = normalizeSchema(JSON.parse(readFileSync(fileURLToPath(url), "utf8")), { closeObjects: false });
        ajv.addSchema(isJsonObject(schema) ? schema : {}, url.href);
        visit(schema, url.href);
      }
    }
    forEachSubschema(node, (child) => visit(child, base));
  };
  visit(root, baseUrl);
  declareUnknownFormats(ajv, formats);
}
