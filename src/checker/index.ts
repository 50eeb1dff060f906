// Public API of check-manifests (kubeconform-style validation of plain YAML): named re-exports only.
export { checkFiles, checkSources, reportFailed, summarize, type FileRequest } from "./check.js";
export { expandInputs, InputError } from "./inputs.js";
export { kindMatcher, splitList } from "./kinds.js";
export { DEFAULT_THREADS, MIN_BYTES_PER_THREAD, planThreads } from "./plan.js";
export { checkFormats, type CheckFormatter, type FormatOptions } from "./formats/index.js";
export type { CheckOptions, CheckReport, CheckSummary, Finding, ResourceResult, ResourceStatus } from "./types.js";
