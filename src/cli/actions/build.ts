// pipeforge build: compile and write rendered/ (or --check it is current).
// Nothing is written when there are errors; only a directory pipeforge
// created is written to; only files pipeforge wrote are ever deleted.
import path from "node:path";
import { compile } from "../../compile.js";
import { diag } from "../../diagnostics/index.js";
import { diffOutput, inspectOutput, planOutput, writeOutput } from "../../build/index.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { EXIT, exitFor, parseSeverity, UsageError } from "../exit.js";
import { useColor, type Io } from "../io.js";
import { checkEnvOption } from "../scope.js";
import { publishReports } from "../publish.js";
import { parseFindingFormat, type ReportOptions } from "../reports.js";

export interface BuildOptions extends ReportOptions {
  readonly root?: string;
  readonly out?: string;
  readonly env?: string[];
  readonly check?: boolean;
  readonly format: string;
  readonly failOn: string;
}

export async function runBuild(io: Io, options: BuildOptions): Promise<number> {
  const failOn = parseSeverity(options.failOn);
  const format = parseFindingFormat(options.format);
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compile(createNodeHost(root), { envs: options.env });
  checkEnvOption(options.env, result.tree);
  const report = (diagnostics = result.diagnostics) => {
    io.stdout(formatReport(format, { diagnostics, sources: result.sources, color: useColor(io) }));
    publishReports(io, options.report, { diagnostics, sources: result.sources });
  };
  if (result.failed) {
    report();
    io.stderr("build: errors found; nothing written\n");
    return EXIT.findings;
  }
  const outDir = path.resolve(root, options.out ?? result.tree.repository.spec.output);
  let files = planOutput(result.manifests);
  const state = await outputIo(outDir, () => inspectOutput(outDir));
  // With --env, only that environment's files are ours to compare or replace.
  const inScope = (rel: string) => !options.env?.length || options.env.some((e) => rel.startsWith(`${e}/`) || rel.startsWith(`_argocd/${e}/`));
  const previousAll = state.kind === "ours" ? state.previous : new Set<string>();
  const previous = new Set([...previousAll].filter(inScope));
  if (state.kind === "foreign") {
    report([...result.diagnostics, diag("OUT002", { message: `${outDir} exists and was not created by pipeforge build (no .pipeforge-output marker); refusing to write into it` })]);
    return EXIT.findings;
  }
  if (options.check) {
    const diffs = await outputIo(outDir, () => diffOutput(outDir, files, previous));
    const stale = diffs.map((d) => diag("OUT001", { message: `${path.relative(root, path.join(outDir, d.path))} is ${d.change === "added" ? "missing" : d.change === "removed" ? "no longer generated" : "out of date"}` }));
    report([...result.diagnostics, ...stale]);
    return stale.length > 0 ? EXIT.findings : exitFor(result.diagnostics, failOn);
  }
  // Keep other environments' files when building a subset.
  if (options.env?.length) files = new Map([...files].filter(([rel]) => inScope(rel)));
  const kept = new Set([...previousAll].filter((f) => !inScope(f)));
  const { written, deleted } = await outputIo(outDir, () => writeOutput(outDir, files, previous, kept));
  report();
  io.stderr(`build: ${files.size} files in ${path.relative(io.cwd, outDir) || "."} (${written} written, ${deleted} removed)\n`);
  return exitFor(result.diagnostics, failOn);
}

/**
 * The output folder's IO: what the system refuses (a file where a folder must
 * be, no space, no permission) is the user's to fix: exit 2 naming the path
 * and the reason, not an internal error. writeOutput has already removed its
 * temporary files; files it had not renamed yet are as they were.
 */
async function outputIo<T>(outDir: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { dest?: string };
    if (typeof e?.code !== "string" || typeof e.syscall !== "string") throw error;
    throw new UsageError(`build: cannot ${e.syscall} ${e.path ?? outDir}: ${e.code}${e.dest ? ` (to ${e.dest})` : ""}`);
  }
}
