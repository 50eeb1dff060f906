// pipeforge's cache folder, in the user's cache folder per platform convention, never in the
// repository: the facts of `validate --staged` (facts-cache-file.ts) and the manifests found clean
// by schema checks (check-cache-file.ts). PIPEFORGE_CACHE_DIR names another folder; set to the
// empty string, it turns every cache off. A cache only ever saves time: a file that cannot be read
// is started afresh, and one that cannot be written is left as it was.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The user's cache folder for pipeforge; undefined when turned off. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform, home: string = os.homedir()): string | undefined {
  const own = env.PIPEFORGE_CACHE_DIR;
  if (own !== undefined) return own === "" ? undefined : own;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "pipeforge");
  if (platform === "darwin") return path.join(home, "Library", "Caches", "pipeforge");
  if (platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "pipeforge", "Cache");
  return path.join(home, ".cache", "pipeforge");
}

/** A cache file's name for `key` (a root, a group): 16 hex digits of its sha256. */
export function cacheFileName(prefix: string, key: string): string {
  return `${prefix}${createHash("sha256").update(key).digest("hex").slice(0, 16)}.json`;
}

/** A cache file's text; undefined when there is none or it cannot be read. */
export function readCacheFile(file: string): string | undefined {
  try {
    return readFileSync(file).toString("utf8"); // whole, not in the pieces readFileSync's own decoding reads it in
  } catch {
    return undefined;
  }
}

/** Writes atomically (another process reads the old text or the new); a read-only or full disk is left alone. */
export function writeCacheFile(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch {
    // the next run finds it all again
  }
}
