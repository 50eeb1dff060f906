// Exit codes (DESIGN.md): 0 clean, 1 findings at or above --fail-on,
// 2 usage or configuration error, 3 internal error.
import type { Diagnostic } from "../diagnostics/index.js";
import { severityRank, type Severity } from "../diagnostics/severity.js";

export const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 } as const;

export class UsageError extends Error {}

export function parseSeverity(value: string): Severity {
  if (value === "error" || value === "warning" || value === "info") return value;
  throw new UsageError(`--fail-on must be error, warning or info, not "${value}"`);
}

export function exitFor(diagnostics: readonly Diagnostic[], failOn: Severity): number {
  return diagnostics.some((d) => !d.suppressed && severityRank[d.severity] >= severityRank[failOn]) ? EXIT.findings : EXIT.clean;
}
