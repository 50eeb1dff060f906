// The registry of finding formats. Adding a format is adding one entry.
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { isFindingFormat, type FindingFormat } from "./format-names.js";
import type { Formatter } from "./report.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

export const formats: Readonly<Record<FindingFormat, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};

export function formatReport(format: string, input: Parameters<Formatter>[0]): string {
  if (!isFindingFormat(format)) throw new Error(`unknown format ${format}`);
  return formats[format](input);
}
