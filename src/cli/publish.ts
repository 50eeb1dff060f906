// Writing what `--report FORMAT=PATH` asked for (reports.ts parses it), and the
// Markdown summary GitHub Actions asks for through $GITHUB_STEP_SUMMARY.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatReport, type ReportInput } from "../report/index.js";
import { UsageError } from "./exit.js";
import type { Io } from "./io.js";
import type { ReportSpec } from "./reports.js";

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
