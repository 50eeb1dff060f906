// Text: one line per finding, `file:line:col: Kind name: severity CODE message (at path)` —
// kubeconform's "file - Kind name is invalid: …" with the position it lacks, and the
// `severity CODE message` of pipeforge's other reports. Valid and skipped resources print
// nothing; --summary adds kubeconform's summary line.
import { findingText, summaryLine, subject, type CheckFormatter } from "./format.js";

export const formatText: CheckFormatter = (report, options) => {
  const lines: string[] = [];
  for (const r of report.resources) {
    for (const f of r.findings) {
      const who = r.kind ? `${subject(r)}: ` : "";
      lines.push(`${r.file}:${f.line}:${f.column}: ${who}${findingText(f)}`);
      if (f.hint) lines.push(`    hint: ${f.hint}`);
    }
  }
  if (options.summary) lines.push(summaryLine(report.summary, report.stdin));
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
