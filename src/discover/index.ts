export { classifyPath, INPUT_GLOBS, type FileRole } from "./layout.js";
export { selectFiles, type Selection, type TeamFilter, type TeamRef } from "./focus.js";
export { loadRepository, type LoadOptions, type LoadResult } from "./load.js";
