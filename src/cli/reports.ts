// Report files beside the stdout format: `--report FORMAT=PATH` (repeatable)
// writes each format to its file, and on GitHub Actions the Markdown summary
// is appended to $GITHUB_STEP_SUMMARY. Commands call `reportOption()` and
// `publishReports()`; everything else about reports lives here.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Option } from "commander";
import { formatReport, formats, type ReportInput } from "../report/index.js";
import { UsageError } from "./exit.js";
import type { Io } from "./io.js";

export interface ReportSpec {
  readonly format: string;
  /** Relative to the working directory; `-` is stdout. */
  readonly path: string;
}

/** Commands' options gain `report` (parsed while arguments are read, so a bad spec fails before any work). */
export interface ReportOptions {
  readonly report?: readonly ReportSpec[];
}

export function parseReportSpec(spec: string): ReportSpec {
  const eq = spec.indexOf("=");
  const format = eq < 0 ? spec : spec.slice(0, eq);
  const file = eq < 0 ? "" : spec.slice(eq + 1);
  if (eq < 0 || file === "") throw new UsageError(`--report ${spec}: expected FORMAT=PATH, such as sarif=pipeforge.sarif`);
  if (!formats[format]) throw new UsageError(`--report ${spec}: unknown format "${format}" (one of ${Object.keys(formats).join(", ")})`);
  return { format, path: file };
}

export const reportOption = () =>
  new Option("--report <format=path>", `also write findings to a file (repeatable; formats: ${Object.keys(formats).join(", ")}; path - is stdout)`).argParser(
    (value: string, previous: readonly ReportSpec[] | undefined) => [...(previous ?? []), parseReportSpec(value)],
  );

function write(io: Io, spec: ReportSpec, text: string): void {
  if (spec.path === "-") return io.stdout(text);
  const file = path.resolve(io.cwd, spec.path);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`--report ${spec.format}=${spec.path}: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Write every requested report, then append the Markdown summary when GitHub Actions asks for one. */
export function publishReports(io: Io, specs: readonly ReportSpec[] | undefined, input: ReportInput): void {
  // Files never get terminal colours, whatever stdout is.
  const plain: ReportInput = { ...input, color: false };
  for (const spec of specs ?? []) write(io, spec, formatReport(spec.format, plain));
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary) return;
  try {
    // Appended, never overwritten: other steps' summaries share the file.
    appendFileSync(summary, formatReport("markdown", plain));
  } catch (error) {
    throw new UsageError(`GITHUB_STEP_SUMMARY: cannot append to ${summary}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
