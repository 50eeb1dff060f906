// What dist/bundle/pipeforge.cjs exports (scripts/bundle.ts): the CLI, and the code-cache hooks
// the build's training session (launch/train.ts) uses for the files the bundle itself loads.
export { main } from "./main.js";
export { recordCodeCache, writeCodeCache } from "../launch/code-cache.js";
