// A GitHub-flavoured Markdown summary: counts, then a table of findings.
// This is what the CLI appends to $GITHUB_STEP_SUMMARY. Every cell is escaped
// so a message cannot break the table, add links or inject HTML.
import { countBySeverity } from "../diagnostics/index.js";
import { codeName, detailLines, place, showControls, summaryLine, type Formatter } from "./report.js";

// GitHub caps a step summary at 1 MiB; a few hundred rows stay far below it.
export const MAX_ROWS = 500;

/** Text as one table cell: Markdown punctuation, HTML and control characters neutralised, line breaks as <br>. */
export function markdownCell(text: string): string {
  return showControls(text)
    .replace(/[\\`*_[\]~|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

export const formatMarkdown: Formatter = (input) => {
  const c = countBySeverity(input.diagnostics);
  const suppressed = input.diagnostics.filter((d) => d.suppressed).length;
  const out = [
    `### pipeforge: ${summaryLine(input.diagnostics)}`,
    "",
    "| severity | findings |",
    "| --- | ---: |",
    `| error | ${c.error} |`,
    `| warning | ${c.warning} |`,
    `| info | ${c.info} |`,
    `| suppressed | ${suppressed} |`,
    "",
  ];
  const placed = place(input);
  // Ends with a blank line so a summary appended after this one starts a new block.
  if (placed.length === 0) return [...out, "No findings.", "", ""].join("\n");
  out.push("| location | severity | code | message |", "| --- | --- | --- | --- |");
  for (const { diagnostic: d, span } of placed.slice(0, MAX_ROWS)) {
    const where = span ? `${span.file}:${span.start.line}:${span.start.column}` : "";
    const severity = d.suppressed ? `${d.severity} (suppressed)` : d.severity;
    const name = codeName(d.code);
    const code = name ? `${d.code} ${name}` : d.code;
    const message = [d.message, ...detailLines(d)].join("\n");
    out.push(`| ${markdownCell(where)} | ${severity} | ${markdownCell(code)} | ${markdownCell(message)} |`);
  }
  if (placed.length > MAX_ROWS) out.push("", `…and ${placed.length - MAX_ROWS} more; the full list is in the other reports.`);
  return [...out, "", ""].join("\n");
};
