// The build output folder.
import type { CodeInfo } from "../codes.js";

export const outputCodes: readonly CodeInfo[] = [
  { code: "OUT001", name: "stale-output", severity: "error", summary: "Committed output is stale", help: "Run `pipeforge build` and commit the result." },
  { code: "OUT002", name: "foreign-output-dir", severity: "error", summary: "Output directory was not created by pipeforge", help: "pipeforge only writes into a directory it created (it holds a .pipeforge-output marker). Choose another --out or remove the directory yourself." },
  { code: "OUT003", name: "output-collision", severity: "error", summary: "Two manifests map to one output file", help: "Two emitted objects would be written to the same path." },
];
