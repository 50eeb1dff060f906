// pipeforge validate: compile in memory and report; writes nothing.
import path from "node:path";
import { formatReport } from "../../report/index.js";
import { exitFor, parseSeverity } from "../exit.js";
import { useColor, type Io } from "../io.js";
import { publishReports } from "../publish.js";
import { parseFindingFormat, type ReportOptions } from "../reports.js";
import { compileSelected, type ScopeSelection } from "../scoped.js";

export interface ValidateOptions extends ReportOptions, ScopeSelection {
  readonly root?: string;
  readonly format: string;
  readonly failOn: string;
}

export async function runValidate(io: Io, options: ValidateOptions): Promise<number> {
  const failOn = parseSeverity(options.failOn);
  const format = parseFindingFormat(options.format);
  const root = path.resolve(io.cwd, options.root ?? ".");
  const result = await compileSelected(io, root, options);
  io.stdout(formatReport(format, { diagnostics: result.diagnostics, sources: result.sources, color: useColor(io) }));
  publishReports(io, options.report, { diagnostics: result.diagnostics, sources: result.sources });
  return exitFor(result.diagnostics, failOn);
}
