// CommonJS files run through V8's code cache. A short process (the pre-commit hook, the Argo CD
// plugin rendering one team) spends more time parsing and compiling JavaScript than running it:
// the CLI bundle and the precompiled validators are megabytes of code. `npm run build` runs a
// training session (train.ts) that records every file loaded here and writes V8's cached data
// beside it (`<file>.v8cache`, functions compiled so far included); later processes hand that to
// V8, which skips parsing and compiling them. V8 checks the data against the source text, its own
// version and its flags, and ignores data that does not match: the file is then compiled as
// usual. Nothing is written outside the build. (Node 22's module.enableCompileCache does the same
// at run time; Node 20 has no such switch.)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

export const CODE_CACHE_SUFFIX = ".v8cache";

/** Where the cached data of `file` is kept for a launch profile (profile.ts): V8 accepts it only under the flags it was made with. */
export function codeCacheFile(file: string, profile = "default"): string {
  return profile === "default" ? file + CODE_CACHE_SUFFIX : `${file}.${profile}${CODE_CACHE_SUFFIX}`;
}

let profileName = "default";

/** The launch profile whose cached data this process reads and writes (before the first requireCached). */
export function useCodeCacheProfile(name: string): void {
  profileName = name;
}

/** What became of a file's code cache: used, refused by V8 (another source, V8 or flags), or there was none. */
export type CodeCacheOutcome = "used" | "rejected" | "none";

interface LoadedModule {
  exports: unknown;
}

const loaded = new Map<string, LoadedModule>();
const outcome = new Map<string, CodeCacheOutcome>();
const recorded = new Map<string, vm.Script>();
let recording = false;

/** `require(file)` for a CommonJS file, compiled from its code cache when there is a valid one. Each file runs once per process. */
export function requireCached(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  // Read whole, then decoded: Node 20's readFileSync(file, "utf8") reads in 8 KB pieces and
  // decodes slowly, 15 ms for the 1.2 MB bundle against 8 ms this way.
  const source = readFileSync(file).toString("utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = recording ? undefined : readFileSync(codeCacheFile(file, profileName));
  } catch {
    cachedData = undefined; // no cache: compiled as usual
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  outcome.set(file, cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used");
  const module: LoadedModule = { exports: {} };
  loaded.set(file, module);
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: LoadedModule, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (recording) recorded.set(file, script);
  return module.exports;
}

/** Every file requireCached loaded in this process, with how it was compiled. */
export function codeCacheOutcomes(): [file: string, outcome: CodeCacheOutcome][] {
  return [...outcome];
}

/** How `file` was compiled by requireCached in this process; undefined when it was not loaded here. */
export function codeCacheOutcome(file: string): CodeCacheOutcome | undefined {
  return outcome.get(file);
}

/** Training (train.ts): from now on, files are compiled afresh and remembered. */
export function recordCodeCache(): void {
  recording = true;
}

/** Training: write each remembered file's cached data beside it; returns the files. */
export function writeCodeCache(): string[] {
  for (const [file, script] of recorded) writeFileSync(codeCacheFile(file, profileName), script.createCachedData());
  return [...recorded.keys()];
}
