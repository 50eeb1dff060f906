// Machine output: one JSON document with every finding and the counts.
import { countBySeverity } from "../diagnostics/index.js";
import { place, type Formatter } from "./report.js";

export const formatJson: Formatter = (input) => {
  const findings = place(input).map(({ diagnostic: d, span }) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(span ? { file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ message: r.message, ...(r.rendered ? { rendered: r.rendered } : {}) })) } : {}),
    ...(d.suppressed ? { suppressed: { reason: d.suppressed.reason } } : {}),
  }));
  return JSON.stringify({ summary: countBySeverity(input.diagnostics), findings }, null, 2) + "\n";
};
