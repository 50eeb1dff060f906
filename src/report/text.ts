// Human output: `file:line:col: severity CODE message`, then the hint.
// Control characters in messages are shown, never sent to the terminal.
import type { Severity } from "../diagnostics/index.js";
import { detailLines, place, showControls, summaryLine, type Formatter } from "./report.js";

const COLORS: Record<Severity | "dim", string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m", dim: "\x1b[2m" };
const RESET = "\x1b[0m";

export const formatText: Formatter = (input) => {
  const paint = (c: keyof typeof COLORS, s: string) => (input.color ? `${COLORS[c]}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const { diagnostic: d, span } of place(input)) {
    const where = span ? `${showControls(span.file)}:${span.start.line}:${span.start.column}: ` : "";
    const tag = d.suppressed ? `${d.severity} (suppressed)` : d.severity;
    lines.push(`${where}${paint(d.severity, tag)} ${d.code} ${showControls(d.message)}`);
    for (const line of detailLines(d)) lines.push(paint("dim", `  ${showControls(line)}`));
  }
  lines.push(summaryLine(input.diagnostics));
  return lines.join("\n") + "\n";
};
