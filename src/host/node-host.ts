// Host over a directory on disk. Symlinks are not followed out of the root.
import { realpathSync } from "node:fs";
import path from "node:path";
import { sortPaths, type Host, type ReadResult } from "./host.js";
import { failure, pathUnder, readFollowing, readUnlessSymlink } from "./read-file.js";
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

  /** A symlink is followed only while it stays inside the root. */
  const readOne = (rel: string): ReadResult => {
    const abs = pathUnder(absRoot, rel);
    const direct = readUnlessSymlink(abs);
    if (direct !== "symlink") return direct;
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (error) {
      return failure(error); // dangling or looping
    }
    const rootReal = getRealRoot();
    if (target !== rootReal && !target.startsWith(rootReal + path.sep)) return { ok: false, reason: "outside-repository", detail: target };
    return readFollowing(target);
  };

  return {
    description: absRoot,
    root: absRoot,
    // One synchronous walk (walk.ts): symlinks are listed, not followed; readFile then refuses those that leave the root.
    async glob(patterns) {
      return sortPaths(walkGlob(absRoot, patterns, getRealRoot));
    },
    // Synchronous on purpose: thousands of small reads through the libuv pool cost more in
    // round trips than they save.
    async readFile(rel) {
      return readOne(rel);
    },
    // One promise for the lot: 2,169 reads took 49–52 ms with a promise each, 40–42 ms so
    // (alone, in a fresh process); end to end, a focused run gains less than its noise.
    async readFiles(rels) {
      return rels.map(readOne);
    },
  };
}
