// Host over a directory on disk. Symlinks are not followed out of the root.
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES, sortPaths, type Host, type ReadResult } from "./host.js";
import { walkGlob } from "./walk.js";

export function createNodeHost(root: string): Host {
  const absRoot = path.resolve(root);
  let realRoot: string | undefined;
  const getRealRoot = (): string => {
    if (realRoot === undefined) {
      try {
        realRoot = realpathSync(absRoot);
      } catch {
        realRoot = absRoot;
      }
    }
    return realRoot;
  };

  return {
    description: absRoot,
    root: absRoot,
    // One synchronous walk (walk.ts): symlinks are listed, not followed; readFile then refuses those that leave the root.
    async glob(patterns) {
      return sortPaths(walkGlob(absRoot, patterns, getRealRoot));
    },
    // Synchronous on purpose: thousands of small reads through the libuv pool cost more in
    // round trips than they save; one lstat tells size and whether realpath is needed at all.
    async readFile(rel): Promise<ReadResult> {
      const abs = path.join(absRoot, ...rel.split("/"));
      try {
        let info = lstatSync(abs);
        let target = abs;
        if (info.isSymbolicLink()) {
          target = realpathSync(abs);
          const rootReal = getRealRoot();
          if (target !== rootReal && !target.startsWith(rootReal + path.sep)) return { ok: false, reason: "outside-repository", detail: target };
          info = statSync(target);
        }
        if (!info.isFile()) return { ok: false, reason: "unreadable", detail: "not a regular file" };
        if (info.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(info.size) };
        return { ok: true, bytes: readFileSync(target) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return { ok: false, reason: "missing" };
        return { ok: false, reason: "unreadable", detail: String(code ?? error) };
      }
    },
  };
}
