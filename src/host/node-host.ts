// Host over a directory on disk. Symlinks are not followed out of the root.
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { MAX_FILE_BYTES, sortPaths, type Host, type ReadResult } from "./host.js";

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
      // Folder symlinks are not descended into: list those that leave the repository, so reading them reports it.
      const links = await fg(["**"], { cwd: absRoot, onlyFiles: false, followSymbolicLinks: false, objectMode: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**"] });
      const rootReal = getRealRoot();
      const escaping: string[] = [];
      for (const entry of links) {
        if (!entry.dirent.isSymbolicLink() || found.includes(entry.path)) continue;
        let real: string | undefined;
        try {
          real = realpathSync(path.join(absRoot, entry.path));
        } catch {
          real = undefined;
        }
        if (real && real !== rootReal && !real.startsWith(rootReal + path.sep)) escaping.push(entry.path);
      }
      return sortPaths([...found.filter((p) => !p.endsWith("/")), ...escaping]);
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
