// The one library call every entry point makes. Stages are pure; the Host is
// the only IO. Diagnostics from every stage are collected, never thrown.
import { checkRepository } from "./check/index.js";
import { dedupeDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/index.js";
import { loadRepository, type FactsCache } from "./discover/index.js";
import { emitRepository, type EmitOptions, type Manifest } from "./emit/index.js";
import { buildTriggerGraph, type TriggerGraph } from "./graph/index.js";
import type { Host } from "./host/index.js";
import type { RepositoryTree } from "./model/index.js";
import { checkPolicies } from "./policy/index.js";
import { TemplateSet } from "./render/index.js";
import { mark } from "./util/timings.js";
import { resolveRepository, type ResolvedRepository } from "./resolve/index.js";
import { validateEmitted, type ManifestValidationOptions, type SchemaCheckCache } from "./validate/index.js";

export interface CompileOptions extends EmitOptions {
  /** Schema validation of emitted manifests (on by default; `false` skips it). */
  readonly schemas?: false | ManifestValidationOptions;
  /** "Today" for policy exception expiry (its UTC date); default the current time. */
  readonly now?: Date;
  /**
   * With `teamFilter`: the environments every team it accepts lies in. The load then lists the
   * other environments only as far as a focused compile reads them (discover/layout.ts).
   */
  readonly focusEnvs?: readonly string[];
  /** For a focused compile: facts of pipeline texts found by earlier runs (discover/focus.ts). */
  readonly factsCache?: FactsCache;
  /** Manifests whose schema checks found nothing before (validate/check-cache.ts): not checked again. */
  readonly schemaCheckCache?: SchemaCheckCache;
  /** Validates emitted manifests (schemas, policies); returns findings. */
  readonly validateManifests?: (manifests: readonly Manifest[], context: ManifestContext) => Diagnostic[] | Promise<Diagnostic[]>;
}

export interface ManifestContext {
  readonly tree: RepositoryTree;
  readonly resolved: ResolvedRepository;
}

export interface CompileResult {
  readonly manifests: Manifest[];
  /** Sorted and de-duplicated. */
  readonly diagnostics: Diagnostic[];
  /** Every source text read, for line/column at the report edge. */
  readonly sources: ReadonlyMap<string, string>;
  readonly tree: RepositoryTree;
  readonly resolved: ResolvedRepository;
  readonly graph: TriggerGraph;
  /** True when any unsuppressed error was found: the output must not be used. */
  readonly failed: boolean;
}

export async function compile(host: Host, options: CompileOptions = {}): Promise<CompileResult> {
  const loaded = await loadRepository(host, { teamFilter: options.teamFilter, focusEnvs: options.focusEnvs, factsCache: options.factsCache });
  mark("parse and check the input files");
  const { resolved, diagnostics: resolveProblems } = resolveRepository(loaded.tree);
  mark("resolve");
  const { graph, diagnostics: graphProblems } = buildTriggerGraph(resolved, loaded.invalidPipelines, (file) => !loaded.focusFiles || loaded.focusFiles.has(file));
  const checkProblems = checkRepository(resolved);
  mark("trigger graph and semantic checks");
  const templates = new TemplateSet(loaded.tree.templates);
  const emitted = emitRepository(resolved, loaded.tree.repository, graph, templates, options);
  mark("emit: render the manifests");
  // Manifests built from files that already have errors are not schema-checked: the fault is
  // reported once, at its source, not again in every object it spoils.
  const earlier = [...loaded.diagnostics, ...resolveProblems, ...graphProblems, ...checkProblems, ...templates.diagnostics, ...emitted.diagnostics];
  const faulty = new Set(earlier.filter((d) => d.severity === "error" && d.location).map((d) => d.location!.file));
  const checkable = emitted.manifests.filter((m) => !m.sources.some((f) => faulty.has(f)));
  const schemaProblems = options.schemas === false ? [] : validateEmitted(checkable, loaded.tree.repository.spec, { root: host.root, ...options.schemas }, options.schemaCheckCache);
  mark("schemas: validate the manifests");
  const policyProblems = checkPolicies({ tree: loaded.tree, resolved, manifests: emitted.manifests, now: options.now, envs: options.envs, teamFilter: options.teamFilter });
  mark("policies");
  const validation = options.validateManifests ? await options.validateManifests(emitted.manifests, { tree: loaded.tree, resolved }) : [];
  // A focused compile read only part of the repository: it reports on the focus alone.
  const inFocus = (d: Diagnostic) => !loaded.focusFiles || !d.location || loaded.focusFiles.has(d.location.file);
  const diagnostics = sortDiagnostics(dedupeDiagnostics([...earlier, ...schemaProblems, ...policyProblems, ...validation]).filter(inFocus));
  return {
    manifests: emitted.manifests,
    diagnostics,
    sources: loaded.sources,
    tree: loaded.tree,
    resolved,
    graph,
    failed: hasErrors(diagnostics),
  };
}
