export { classifyPath, INPUT_GLOBS, type FileRole } from "./layout.js";
export { FACTS_SCANNER, selectFiles, textFacts, type FactsCache, type Selection, type TeamFilter, type TeamRef, type TextFacts } from "./focus.js";
export { loadRepository, type LoadOptions, type LoadResult } from "./load.js";
