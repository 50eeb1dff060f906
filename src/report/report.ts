// Every output format is one pure function in one registry (see formats.ts).
import { countBySeverity, createSpanResolver, type Diagnostic, type SourceTexts, type Span } from "../diagnostics/index.js";

export interface ReportInput {
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceTexts;
  /** Colour the text format (TTY and no NO_COLOR). */
  readonly color?: boolean;
  readonly toolVersion?: string;
}

export type Formatter = (input: ReportInput) => string;

export interface PlacedDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly span?: Span;
}

/** Line and column for each finding: the one place offsets become positions. */
export function place(input: ReportInput): PlacedDiagnostic[] {
  const resolve = createSpanResolver(input.sources);
  return input.diagnostics.map((diagnostic) => ({ diagnostic, span: diagnostic.location ? resolve(diagnostic.location) : undefined }));
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const c = countBySeverity(diagnostics);
  const suppressed = diagnostics.filter((d) => d.suppressed).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.info, "info")}${suppressed ? `, ${suppressed} suppressed` : ""}`;
}
