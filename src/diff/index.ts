export { diffFormatNames, isDiffFormatName, type DiffFormatName } from "./format-names.js";
export { diffFormats } from "./formats.js";
export type { DiffFormatter, DiffReport } from "./formats/report.js";
export { diffManifests, groupTitle, resourceTitle, unifiedDiff, type ChangeKind, type DiffGroup, type ManifestDiff, type ResourceChange } from "./manifest-diff.js";
