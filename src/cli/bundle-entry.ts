// What dist/bundle/pipeforge.cjs exports (scripts/bundle.ts): the CLI, and the code-cache hooks
// for the files the bundle itself loads: the launch profile (bin/pipeforge.js) and the build's
// training session (launch/train.ts).
export { main } from "./main.js";
export { codeCacheOutcomes, recordCodeCache, useCodeCacheProfile, writeCodeCache } from "../launch/code-cache.js";
