// Report files beside the stdout format: `--report FORMAT=PATH` (repeatable)
// writes each format to its file (publish.ts), and on GitHub Actions the
// Markdown summary is appended to $GITHUB_STEP_SUMMARY. This half parses the
// option, so defining a command does not load the formatters.
import { Option } from "commander";
import { findingFormatNames, isFindingFormat, type FindingFormat } from "../report/format-names.js";
import { UsageError } from "./exit.js";

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
  if (!isFindingFormat(format)) throw new UsageError(`--report ${spec}: unknown format "${format}" (one of ${findingFormatNames.join(", ")})`);
  return { format, path: file };
}

export const reportOption = () =>
  new Option("--report <format=path>", `also write findings to a file (repeatable; formats: ${findingFormatNames.join(", ")}; path - is stdout)`).argParser(
    (value: string, previous: readonly ReportSpec[] | undefined) => [...(previous ?? []), parseReportSpec(value)],
  );

/** `--format` of the finding formats: the format, or a usage error naming them. */
export function parseFindingFormat(format: string): FindingFormat {
  if (!isFindingFormat(format)) throw new UsageError(`--format must be one of ${findingFormatNames.join(", ")}`);
  return format;
}
