// Every output format is one pure function in one registry (see formats.ts).
import { allCodes, countBySeverity, createSpanResolver, type Diagnostic, type SourceTexts, type Span } from "../diagnostics/index.js";

export interface ReportInput {
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceTexts;
  /** Colour the text format (TTY and no NO_COLOR). */
  readonly color?: boolean;
  /** Written into machine reports (SARIF's tool.driver.version); defaults to this build's version. */
  readonly toolVersion?: string;
  /**
   * The repository root as a `file:` URI ending in `/`, for SARIF's
   * `originalUriBaseIds.SRCROOT`. Left out by default so reports stay
   * byte-identical across machines; paths are always repository-relative.
   */
  readonly srcRoot?: string;
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

/** The lines that follow a finding's message in plain-text renderings: hint, related places, suppression. */
export function detailLines(d: Diagnostic): string[] {
  const lines: string[] = [];
  if (d.hint) lines.push(`hint: ${d.hint}`);
  for (const r of d.related ?? []) lines.push(`related: ${r.message}${r.rendered ? ` (${r.rendered.file} ${r.rendered.path})` : ""}`);
  if (d.suppressed) lines.push(`suppressed: ${d.suppressed.reason}`);
  return lines;
}

/** The registered name of a code (`invalid-cron`), or undefined for a code built outside the registry. */
export function codeName(code: string): string | undefined {
  return allCodes().find((c) => c.code === code)?.name;
}

// Control characters other than tab and line breaks (C0, DEL, C1) and a lone
// carriage return. A message quotes spec values, and a YAML string can hold
// any of them ("\e[2J"): written raw they would drive a terminal or hide text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g;

/** Control characters made visible as `\u{1B}`; everything else unchanged. */
export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}
