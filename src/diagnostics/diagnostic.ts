// Diagnostics are values: stages return them next to their data and keep going.
// Positions are byte offsets into the source text while inside the compiler;
// line and column are computed once, at the edge (see position.ts).
import { codeInfo, type Code } from "./codes.js";
import { severityRank, type Severity } from "./severity.js";

export { severityRank, type Severity };

/** A place in a source file: repository-relative POSIX path and [start, end) offsets. */
export interface Location {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export interface RelatedInformation {
  readonly message: string;
  readonly location?: Location;
  /** For findings in rendered output: the rendered file and the JSON path inside it. */
  readonly rendered?: { readonly file: string; readonly path: string };
}

export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: Location;
  readonly hint?: string;
  readonly related?: readonly RelatedInformation[];
  /** Set when a policy exception suppresses the finding: it is reported, never hidden. */
  readonly suppressed?: { readonly reason: string; readonly location?: Location };
}

export interface DiagnosticInit {
  readonly message: string;
  readonly location?: Location;
  readonly hint?: string;
  readonly related?: readonly RelatedInformation[];
  readonly severity?: Severity;
}

/** Build a diagnostic with the code's registered default severity. */
export function diag(code: Code, init: DiagnosticInit): Diagnostic {
  const severity = init.severity ?? codeInfo(code).severity;
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { code, severity, message: init.message };
  if (init.location) d.location = init.location;
  if (init.hint) d.hint = init.hint;
  if (init.related && init.related.length > 0) d.related = init.related;
  return d;
}

/** Stable order: file, offset, code, message. Findings without a file come first. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.location?.file ?? "";
    const fb = b.location?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const oa = a.location?.start ?? -1;
    const ob = b.location?.start ?? -1;
    if (oa !== ob) return oa - ob;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) if (!d.suppressed) out[d.severity] += 1;
  return out;
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error" && !d.suppressed);
}

/** Drop exact duplicates (same code, place and message), which arise when two stages see one fault. */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = `${d.code}\0${d.location?.file}\0${d.location?.start}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
