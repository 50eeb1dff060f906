// Where `validate --staged` keeps the facts its focused loads found (discover/facts-cache.ts): one
// file per pipeforge root in pipeforge's cache folder (cache-folder.ts).
import { realpathSync } from "node:fs";
import path from "node:path";
import { factsCacheFrom, type StoredFactsCache } from "../discover/facts-cache.js";
import { cacheFileName, cacheFolder, readCacheFile, writeCacheFile } from "./cache-folder.js";

/** The cache file of one pipeforge root: the same folder reached through a symlink shares it. */
export function factsCacheFile(folder: string, root: string): string {
  let real = path.resolve(root);
  try {
    real = realpathSync(real);
  } catch {
    // a root that cannot be resolved keeps its given name
  }
  return path.join(folder, cacheFileName("facts-", real));
}

export interface FactsCacheFile {
  readonly cache: StoredFactsCache;
  /** Writes what the runs added (atomically: another process reads the old text or the new). */
  save(): void;
}

export function openFactsCache(root: string, env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): FactsCacheFile | undefined {
  const folder = cacheFolder(env);
  if (folder === undefined) return undefined;
  const file = factsCacheFile(folder, root);
  const cache = factsCacheFrom(readCacheFile(file), now);
  return {
    cache,
    save() {
      const next = cache.serialize();
      if (next !== undefined) writeCacheFile(file, next);
    },
  };
}
