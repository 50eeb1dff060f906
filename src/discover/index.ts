export { classifyPath, INPUT_GLOBS, type FileRole } from "./layout.js";
export { loadRepository, type LoadResult } from "./load.js";
