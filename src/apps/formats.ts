// Output formats of `pipeforge apps`: one pure function each, one registry.
import type { ReportInput } from "../report/index.js";
import type { AppsFormatName } from "./format-names.js";
import type { AppsPreview } from "./preview.js";
import { renderAppsJson } from "./render-json.js";
import { renderAppsText } from "./render-text.js";

export interface AppsFormat {
  readonly render: (preview: AppsPreview, report: ReportInput) => string;
  /** The text table leaves findings to stderr; json carries them inside its document. */
  readonly findingsInside: boolean;
}

export const appsFormats: Readonly<Record<AppsFormatName, AppsFormat>> = {
  text: { render: (preview) => renderAppsText(preview), findingsInside: false },
  json: { render: renderAppsJson, findingsInside: true },
};
