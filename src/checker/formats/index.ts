// The registry of check-manifests output formats (--output). Adding one is adding an entry.
import type { CheckFormatter } from "./format.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatTap } from "./tap.js";
import { formatText } from "./text.js";

export const checkFormats: Readonly<Record<string, CheckFormatter>> = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  tap: formatTap,
};

export type { CheckFormatter, FormatOptions } from "./format.js";
