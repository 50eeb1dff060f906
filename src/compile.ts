// The one library call every entry point makes. Stages are pure; the Host is
// the only IO. Diagnostics from every stage are collected, never thrown.
import { checkRepository } from "./check/index.js";
import { dedupeDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/index.js";
import { loadRepository } from "./discover/index.js";
import { emitRepository, type EmitOptions, type Manifest } from "./emit/index.js";
import { buildTriggerGraph, type TriggerGraph } from "./graph/index.js";
import type { Host } from "./host/index.js";
import type { RepositoryTree } from "./model/index.js";
import { TemplateSet } from "./render/index.js";
import { resolveRepository, type ResolvedRepository } from "./resolve/index.js";

export interface CompileOptions extends EmitOptions {
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
  const loaded = await loadRepository(host);
  const { resolved, diagnostics: resolveProblems } = resolveRepository(loaded.tree);
  const { graph, diagnostics: graphProblems } = buildTriggerGraph(resolved, loaded.invalidPipelines);
  const checkProblems = checkRepository(resolved);
  const templates = new TemplateSet(loaded.tree.templates);
  const emitted = emitRepository(resolved, loaded.tree.repository, graph, templates, options);
  const validation = options.validateManifests ? await options.validateManifests(emitted.manifests, { tree: loaded.tree, resolved }) : [];
  const diagnostics = sortDiagnostics(
    dedupeDiagnostics([...loaded.diagnostics, ...resolveProblems, ...graphProblems, ...checkProblems, ...templates.diagnostics, ...emitted.diagnostics, ...validation]),
  );
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
