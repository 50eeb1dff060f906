// TAP version 13 (https://testanything.org/tap-version-13-specification.html): one test point
// per resource, as kubeconform's -output tap, with the findings in the point's YAML block (each
// one a JSON object, which is YAML too). Skipped resources carry the SKIP directive.
import type { ResourceResult } from "../types.js";
import { summaryLine, type CheckFormatter } from "./format.js";

function point(r: ResourceResult, n: number): string[] {
  const what = r.kind ? `${r.apiVersion} ${r.kind}${r.name === undefined ? "" : ` ${r.name}`}` : `document ${r.index + 1}`;
  const ok = r.status === "valid" || r.status === "skipped";
  const directive = r.status === "skipped" ? " # SKIP not validated (--skip or --ignore-missing-schemas)" : "";
  // "#" starts a directive in a description, so it is escaped there.
  const lines = [`${ok ? "ok" : "not ok"} ${n} - ${r.file}:${r.line} (${what})`.replace(/#/g, "\\#") + directive];
  if (r.findings.length > 0) {
    lines.push("  ---", "  findings:");
    for (const f of r.findings) lines.push(`    - ${JSON.stringify({ line: f.line, column: f.column, severity: f.severity, code: f.code, message: f.message, path: f.path })}`);
    lines.push("  ...");
  }
  return lines;
}

export const formatTap: CheckFormatter = (report, options) => {
  const lines = ["TAP version 13", ...report.resources.flatMap((r, i) => point(r, i + 1)), `1..${report.resources.length}`];
  if (options.summary) lines.push(`# ${summaryLine(report.summary, report.stdin)}`);
  return `${lines.join("\n")}\n`;
};
