// What every check-manifests output format shares: the formatter type and how a resource and
// the summary are named in words.
import type { CheckReport, CheckSummary, Finding, ResourceResult } from "../types.js";

export interface FormatOptions {
  /** --summary: add the counts (kubeconform's `Summary: …` line, a `summary` object in JSON). */
  readonly summary: boolean;
}

export type CheckFormatter = (report: CheckReport, options: FormatOptions) => string;

/** `Workflow hello-` — kind and name as kubeconform prints them; `document 2` when there is no kind. */
export function subject(r: ResourceResult): string {
  if (!r.kind) return `document ${r.index + 1}`;
  return r.name === undefined ? r.kind : `${r.kind} ${r.name}`;
}

/** kubeconform's summary line, word for word. */
export function summaryLine(summary: CheckSummary, stdin: boolean): string {
  const s = (n: number) => (n === 1 ? "" : "s");
  const where = stdin ? "parsing stdin" : `in ${summary.files} file${s(summary.files)}`;
  return `Summary: ${summary.resources} resource${s(summary.resources)} found ${where} - Valid: ${summary.valid}, Invalid: ${summary.invalid}, Errors: ${summary.errors}, Skipped: ${summary.skipped}`;
}

/** Resources worth listing: anything not plainly valid or skipped. */
export function listed(r: ResourceResult): boolean {
  return (r.status !== "valid" && r.status !== "skipped") || r.findings.length > 0;
}

/** Codes whose path adds nothing to the message (it is always `kind`). */
const PATHLESS = new Set(["MAN002", "MAN003"]);

/** `error MAN001 unknown field "x" (at spec.x)`: a finding in words, as text and JUnit show it. */
export function findingText(f: Finding): string {
  const at = f.path && !PATHLESS.has(f.code) ? ` (at ${f.path})` : "";
  return `${f.severity} ${f.code} ${f.message}${at}`;
}
