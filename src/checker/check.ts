// The library entry of check-manifests: files (read on worker threads) or in-memory sources
// (stdin, tests) → a report whose order and content do not depend on timing.
import { checkText } from "./check-file.js";
import { createCheckContext, schemaProblems } from "./context.js";
import { checkFilesOnThreads } from "./pool.js";
import type { CheckOptions, CheckReport, CheckSummary, ResourceResult } from "./types.js";

export interface FileRequest {
  /** As listed by expandInputs: relative to `cwd` or absolute. */
  readonly files: readonly string[];
  readonly options: CheckOptions;
  /** Threads in all, the main thread included; 1 starts no worker. */
  readonly threads: number;
  readonly cwd: string;
}

export async function checkFiles(request: FileRequest): Promise<CheckReport> {
  const { resources, schemaProblems } = await checkFilesOnThreads(request.files, request.options, request.threads, request.cwd);
  return { resources, summary: summarize(resources, request.files.length), stdin: false, schemaProblems };
}

/** In-process, for text already in memory: `-` (stdin) is checked as a file named "stdin". */
export function checkSources(sources: ReadonlyArray<{ file: string; text: string }>, options: CheckOptions, stdin = false): CheckReport {
  const ctx = createCheckContext(options);
  const resources = sources.flatMap((s) => checkText(s.file, s.text, ctx));
  return { resources, summary: summarize(resources, sources.length), stdin, schemaProblems: schemaProblems(ctx) };
}

export function summarize(resources: readonly ResourceResult[], files: number): CheckSummary {
  const count = (status: ResourceResult["status"]) => resources.filter((r) => r.status === status).length;
  return { files, resources: resources.length, valid: count("valid"), invalid: count("invalid"), errors: count("error"), skipped: count("skipped") };
}

/** kubeconform's exit rule: 0 when nothing is invalid or in error (skipped resources are fine). */
export function reportFailed(report: CheckReport): boolean {
  return report.summary.invalid > 0 || report.summary.errors > 0;
}
