// The registry of finding formats. Adding a format is adding one entry.
import { formatJson } from "./json.js";
import type { Formatter } from "./report.js";
import { formatText } from "./text.js";

export const formats: Readonly<Record<string, Formatter>> = {
  text: formatText,
  json: formatJson,
};

export function formatReport(format: string, input: Parameters<Formatter>[0]): string {
  const f = formats[format];
  if (!f) throw new Error(`unknown format ${format}`);
  return f(input);
}
