export { MAX_FILE_BYTES, readAll, sortPaths, type Host, type ReadResult } from "./host.js";
export { createMemoryHost } from "./memory-host.js";
export { createNodeHost } from "./node-host.js";
export { pathUnder, readFollowing } from "./read-file.js";
