// Host over a directory on disk. Symlinks are not followed out of the root.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { MAX_FILE_BYTES, sortPaths, type Host, type ReadResult } from "./host.js";

export function createNodeHost(root: string): Host {
  const absRoot = path.resolve(root);
  let realRoot: Promise<string> | undefined;
  const getRealRoot = () => (realRoot ??= realpath(absRoot).catch(() => absRoot));

  return {
    description: absRoot,
    root: absRoot,
    async glob(patterns) {
      // Symlinks are listed (not followed): readFile then refuses those that leave the root.
      const found = await fg([...patterns], {
        cwd: absRoot,
        onlyFiles: false,
        markDirectories: true,
        dot: false,
        followSymbolicLinks: false,
        unique: true,
        ignore: ["**/node_modules/**", "**/.git/**"],
      });
      return sortPaths(found.filter((p) => !p.endsWith("/")));
    },
    async readFile(rel): Promise<ReadResult> {
      const abs = path.join(absRoot, ...rel.split("/"));
      try {
        const [real, rootReal] = await Promise.all([realpath(abs), getRealRoot()]);
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
          return { ok: false, reason: "outside-repository", detail: real };
        }
        const info = await stat(real);
        if (!info.isFile()) return { ok: false, reason: "unreadable", detail: "not a regular file" };
        if (info.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(info.size) };
        return { ok: true, bytes: await readFile(real) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return { ok: false, reason: "missing" };
        return { ok: false, reason: "unreadable", detail: String(code ?? error) };
      }
    },
  };
}
