// GitHub Actions workflow commands: one annotation per finding, shown on the
// pull request's diff. `::error` for errors, `::warning` for warnings,
// `::notice` for infos and for suppressed findings (they never fail a run).
// Escaping follows @actions/core's command.ts, so no message or file name can
// end the command early or start another one; control characters are shown.
import type { Severity } from "../diagnostics/index.js";
import { codeName, detailLines, place, showControls, type Formatter } from "./report.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const formatGithub: Formatter = (input) =>
  place(input)
    .map(({ diagnostic: d, span }) => {
      const props: [string, string | number][] = span
        ? [["file", showControls(span.file)], ["line", span.start.line], ["col", span.start.column], ["endLine", span.end.line], ["endColumn", span.end.column]]
        : [];
      const name = codeName(d.code);
      props.push(["title", `${d.code}${name ? ` ${name}` : ""}${d.suppressed ? " (suppressed)" : ""}`]);
      const text = [d.message, ...detailLines(d)];
      const command = d.suppressed ? "notice" : COMMAND[d.severity];
      return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(showControls(text.join("\n")))}\n`;
    })
    .join("");
