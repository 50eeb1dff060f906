// Loading the bundled CLI (dist/bundle/pipeforge.cjs) under a launch profile (profile.ts), in the
// one order that works: V8's flags first, before any of the CLI compiles; then the profile's code
// caches, for the bundle and for what the bundle itself loads (validators, templates), which goes
// through the bundle's own copy of code-cache.ts. bin/pipeforge.js, the build's training
// (train.ts) and the tests load the CLI this way.
import { createRequire } from "node:module";
import type v8 from "node:v8";
import { fileURLToPath } from "node:url";
import type { Io } from "../cli/io.js";
import { recordCodeCache, requireCached, useCodeCacheProfile, type CodeCacheOutcome } from "./code-cache.js";
import type { LaunchProfile } from "./profile.js";

/** What the bundle exports (cli/bundle-entry.ts). */
export interface BundledCli {
  main(argv: readonly string[], io?: Io): Promise<number>;
  codeCacheOutcomes(): [file: string, outcome: CodeCacheOutcome][];
  recordCodeCache(): void;
  useCodeCacheProfile(name: string): void;
  writeCodeCache(): string[];
}

export const BUNDLE = fileURLToPath(new URL("../bundle/pipeforge.cjs", import.meta.url));

/** `record`: training, where every file is compiled afresh and remembered for writeCodeCache. */
export async function loadBundledCli(profile: LaunchProfile, options: { readonly record?: boolean } = {}): Promise<BundledCli> {
  // node:v8 only when there are flags to set: a default run need not load it. Through require, so
  // that the CommonJS launch (launch.ts) never starts the ES module loader.
  if (profile.v8Flags.length > 0) (createRequire(import.meta.url)("node:v8") as typeof v8).setFlagsFromString(profile.v8Flags.join(" "));
  useCodeCacheProfile(profile.name);
  if (options.record) recordCodeCache();
  const cli = requireCached(BUNDLE) as BundledCli;
  cli.useCodeCacheProfile(profile.name);
  if (options.record) cli.recordCodeCache();
  return cli;
}
