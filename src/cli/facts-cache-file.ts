// Where `validate --staged` keeps the facts its focused loads found (discover/facts-cache.ts): one
// file per pipeforge root in the user's cache folder, never in the repository. PIPEFORGE_CACHE_DIR
// names another folder; set to the empty string, it turns the cache off. A cache that cannot be
// read is started afresh, one that cannot be written is left as it was: it only ever saves time.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { factsCacheFrom, type StoredFactsCache } from "../discover/facts-cache.js";

/** The user's cache folder for pipeforge, per platform convention; undefined when turned off. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform, home: string = os.homedir()): string | undefined {
  const own = env.PIPEFORGE_CACHE_DIR;
  if (own !== undefined) return own === "" ? undefined : own;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "pipeforge");
  if (platform === "darwin") return path.join(home, "Library", "Caches", "pipeforge");
  if (platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "pipeforge", "Cache");
  return path.join(home, ".cache", "pipeforge");
}

/** The cache file of one pipeforge root: the same folder reached through a symlink shares it. */
export function factsCacheFile(folder: string, root: string): string {
  let real = path.resolve(root);
  try {
    real = realpathSync(real);
  } catch {
    // a root that cannot be resolved keeps its given name
  }
  return path.join(folder, `facts-${createHash("sha256").update(real).digest("hex").slice(0, 16)}.json`);
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
  let text: string | undefined;
  try {
    text = readFileSync(file).toString("utf8"); // whole, not in the pieces readFileSync's own decoding reads it in
  } catch {
    text = undefined; // none yet, or unreadable: found again
  }
  const cache = factsCacheFrom(text, now);
  return {
    cache,
    save() {
      const next = cache.serialize();
      if (next === undefined) return;
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temp, next);
        renameSync(temp, file);
      } catch {
        // a read-only or full disk: the next run finds the facts again
      }
    },
  };
}
