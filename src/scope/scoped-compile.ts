// compile() limited to what a change affects: a focused load finds who runs
// after whom around the change (see discover/focus.ts), only the affected teams
// are emitted and schema-checked, and only the affected scope's findings are kept. IO only
// through the Hosts, like compile().
import { compile, type CompileOptions, type CompileResult } from "../compile.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { loadRepository } from "../discover/index.js";
import type { Host } from "../host/index.js";
import { decodeUtf8, parseYamlFile } from "../parse/index.js";
import { affectedScope, type AffectedScope } from "./affected.js";
import { diagnosticFilter, emitSelection, envsOf } from "./filter.js";
import { mark } from "../util/timings.js";
import { modelOfTree, pipelinesInFile, type ScopeModel, type ScopePipeline } from "./model.js";

export interface ScopedChange {
  /** Changed paths relative to the pipeforge root. */
  readonly paths: readonly string[];
  /** The files before the change, when known: deleted and renamed pipelines are only visible there. */
  readonly before?: Host;
}

export interface ScopedCompile {
  readonly scope: AffectedScope;
  /** Undefined when no pipeforge input changed: nothing was compiled. */
  readonly result?: CompileResult;
  /** The findings of the affected scope, sorted. */
  readonly diagnostics: Diagnostic[];
}

const EMPTY_MODEL: ScopeModel = { pipelines: [], teams: new Map() };

async function readText(host: Host | undefined, path: string): Promise<string | undefined> {
  const read = await host?.readFile(path);
  return read?.ok ? decodeUtf8(read.bytes) : undefined;
}

/** Repository spec.schemas: changes there affect every manifest. */
async function schemaRoots(head: Host): Promise<string[]> {
  for (const file of ["pipeforge.yaml", "pipeforge.yml"]) {
    const text = await readText(head, file);
    if (text === undefined) continue;
    const spec = (parseYamlFile(file, text).documents[0]?.value as { spec?: { schemas?: unknown } } | undefined)?.spec;
    return Array.isArray(spec?.schemas) ? spec.schemas.filter((s): s is string => typeof s === "string") : [];
  }
  return [];
}

export async function compileScoped(head: Host, change: ScopedChange, options: CompileOptions = {}): Promise<ScopedCompile> {
  const roots = await schemaRoots(head);
  const first = affectedScope({ paths: change.paths, pipelines: [], schemaRoots: roots }, EMPTY_MODEL);
  if (first.inputs.length === 0) return { scope: first, diagnostics: [] };
  if (first.everything) {
    const result = await compile(head, options);
    return { scope: first, result, diagnostics: result.diagnostics };
  }
  const pipelines: ScopePipeline[] = [];
  await Promise.all(
    first.inputs.map(async (p) => {
      for (const text of await Promise.all([readText(head, p), readText(change.before, p)])) if (text !== undefined) pipelines.push(...pipelinesInFile(p, text));
    }),
  );
  // Who runs after whom, for the changed teams: a focused load reads those teams,
  // the teams they run after, and the files elsewhere that name their pipelines
  // (old names included, so a renamed or deleted pipeline's Sensors are found).
  const changedTeams = new Set([...first.teams, ...pipelines.map((p) => p.team)]);
  const inFolders = (id: string) => first.folders.some((f) => `environments/${id}` === f || `environments/${id}`.startsWith(`${f}/`));
  const { tree } = await loadRepository(head, {
    teamFilter: (t) => changedTeams.has(`${t.env}/${t.bu}/${t.name}`) || inFolders(`${t.env}/${t.bu}/${t.name}`),
    focusEnvs: envsOf(changedTeams, first.folders),
    dependentsOf: pipelines.map((p) => p.id.slice(p.id.lastIndexOf("/") + 1)),
    factsCache: options.factsCache,
  });
  const scope = affectedScope({ paths: change.paths, pipelines, schemaRoots: roots }, modelOfTree(tree));
  mark("affected scope: a first focused load around the change");
  const selection = emitSelection(scope);
  const callerFilter = options.teamFilter;
  const teamFilter = selection.teamFilter && callerFilter ? (t: Parameters<typeof callerFilter>[0]) => selection.teamFilter!(t) && callerFilter(t) : (selection.teamFilter ?? callerFilter);
  // The selection's environments hold every team the combined filter accepts; a caller's own
  // filter alone comes with the caller's own environments, if any.
  const focusEnvs = selection.teamFilter ? selection.focusEnvs : options.focusEnvs;
  const result = await compile(head, { ...options, teamFilter, focusEnvs });
  return { scope, result, diagnostics: result.diagnostics.filter(diagnosticFilter(scope)) };
}
