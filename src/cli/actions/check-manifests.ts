// pipeforge check-manifests FILE|DIR|-: kubeconform-style validation of any Kubernetes YAML
// against the bundled schemas (and --schema-location CRDs), with a line and column per finding.
// The checker is imported when the command runs, so other commands never load it and this one
// loads nothing of the compiler.
import path from "node:path";
import type * as CheckerModule from "../../checker/index.js";
import type { CheckOptions } from "../../checker/index.js";

/** The checker, loaded when the command runs. */
type Checker = typeof CheckerModule;
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";

export interface CheckManifestsFlags {
  readonly strict?: boolean;
  readonly summary?: boolean;
  readonly output: string;
  readonly schemaLocation?: string[];
  readonly ignoreMissingSchemas?: boolean;
  readonly skip?: string[];
  readonly reject?: string[];
  readonly workers?: string;
  readonly argoWorkflowsVersion: string;
}

/** Where stdin comes from; tests running in-process pass their own. */
export type ReadStdin = () => Promise<string>;

export const CHECK_OUTPUT_FORMATS = ["text", "json", "junit", "tap"];

export async function runCheckManifests(io: Io, inputs: readonly string[], flags: CheckManifestsFlags, readStdin: ReadStdin = readProcessStdin): Promise<number> {
  if (!CHECK_OUTPUT_FORMATS.includes(flags.output)) throw new UsageError(`--output must be one of ${CHECK_OUTPUT_FORMATS.join(", ")}`);
  if (flags.argoWorkflowsVersion !== "4" && flags.argoWorkflowsVersion !== "3.7") throw new UsageError(`--argo-workflows-version must be 4 or 3.7, not "${flags.argoWorkflowsVersion}"`);
  if (inputs.length === 0) throw new UsageError("check-manifests needs at least one FILE, DIR or - (stdin)");
  const stdin = inputs.includes("-");
  if (stdin && inputs.length > 1) throw new UsageError("- (stdin) cannot be combined with files");
  const threads = flags.workers === undefined ? undefined : parseWorkers(flags.workers);
  const checker = await import("../../checker/index.js");
  const options: CheckOptions = {
    strict: flags.strict === true,
    argoWorkflows: flags.argoWorkflowsVersion,
    schemaLocations: schemaLocations(io.cwd, flags.schemaLocation ?? []),
    ignoreMissingSchemas: flags.ignoreMissingSchemas === true,
    skip: checker.splitList(flags.skip),
    reject: checker.splitList(flags.reject),
  };
  let report;
  try {
    report = stdin
      ? checker.checkSources([{ file: "stdin", text: await readStdin() }], options, true)
      : await checkFiles(checker, inputs, options, threads, io.cwd);
  } catch (error) {
    if (error instanceof checker.InputError) throw new UsageError(error.message);
    throw error;
  }
  io.stdout(checker.checkFormats[flags.output]?.(report, { summary: flags.summary === true }) ?? "");
  for (const problem of report.schemaProblems) io.stderr(`pipeforge: --schema-location ${problem}\n`);
  if (report.schemaProblems.length > 0) return EXIT.usage;
  return checker.reportFailed(report) ? EXIT.findings : EXIT.clean;
}

function schemaLocations(cwd: string, locations: readonly string[]): string[] {
  // kubeconform's "default" names its built-in registry; the bundled schemas always apply here.
  return locations.filter((l) => l !== "default").map((l) => {
    if (/^https?:\/\//i.test(l)) throw new UsageError(`--schema-location ${l}: pipeforge works offline; pass a local CRD file or JSON-schema folder`);
    return path.resolve(cwd, l);
  });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`-n must be a whole number of workers, at least 1, not "${value}"`);
  return n;
}

/** -n is a maximum: planThreads keeps small inputs on fewer threads. */
function checkFiles(checker: Checker, inputs: readonly string[], options: CheckOptions, threads: number | undefined, cwd: string) {
  const files = checker.expandInputs(inputs, cwd);
  return checker.checkFiles({ files, options, threads: checker.planThreads(threads ?? checker.DEFAULT_THREADS, files, cwd), cwd });
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

