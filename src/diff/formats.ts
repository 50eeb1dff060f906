// The registry of diff formats. Adding a format is adding one entry.
import type { DiffFormatName } from "./format-names.js";
import { formatDiffJson } from "./formats/json.js";
import { formatDiffMarkdown } from "./formats/markdown.js";
import type { DiffFormatter } from "./formats/report.js";
import { formatDiffText } from "./formats/text.js";

export const diffFormats: Readonly<Record<DiffFormatName, DiffFormatter>> = {
  markdown: formatDiffMarkdown,
  text: formatDiffText,
  json: formatDiffJson,
};
