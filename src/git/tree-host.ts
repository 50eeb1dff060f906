// A Host over a git file list (the index or a commit): globbing is picomatch
// over the listed paths (the semantics of the memory host), reading goes
// through one batched `cat-file`, except where the working tree holds the very
// blob: a file on disk whose bytes hash to the listed object id is those bytes,
// and reading it is much cheaper than asking git (most files of a
// pre-commit check or a pull request are unchanged). Symlinks are followed inside the tree, like
// the node host does on disk; one that leaves the pipeforge root is refused
// (LAYOUT007), and so is an absolute one (it names a place on some machine).
import { globListed } from "../host/glob-match.js";
import { MAX_FILE_BYTES, pathUnder, readFollowing, type Host, type ReadResult } from "../host/index.js";
import type { Blob } from "./batch.js";
import type { TreeEntry } from "./entries.js";
import { isBlob } from "./object-id.js";

const MAX_LINK_HOPS = 40;

/** Where a symlink at `linkPath` with text `target` points, root-relative; undefined when it leaves the root. */
export function linkDestination(linkPath: string, target: string): string | undefined {
  if (target.startsWith("/")) return undefined;
  const parts = linkPath.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** The bytes of `file` when they are the blob `oid`. */
export function worktreeBlob(file: string, oid: string): Uint8Array | undefined {
  const read = readFollowing(file); // a FIFO or an oversized file on disk is not the blob: git is asked
  return read.ok && isBlob(oid, read.bytes) ? read.bytes : undefined;
}

/** `root`: the pipeforge root on disk; settings naming local files (spec.schemas) are read from the working tree there, and so is every listed file whose blob it holds. */
export function createTreeHost(entries: ReadonlyMap<string, TreeEntry>, readBlob: (oid: string) => Promise<Blob | undefined>, description: string, root?: string): Host {
  const listed: string[] = [];
  entries.forEach((e, p) => void (e.kind !== "submodule" && listed.push(p)));
  const isDirectory = (p: string) => listed.some((q) => q.startsWith(`${p}/`));

  const read = async (rel: string): Promise<ReadResult> => {
    let current = rel;
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = entries.get(current);
      if (!entry) return isDirectory(current) ? { ok: false, reason: "unreadable", detail: "not a regular file" } : { ok: false, reason: "missing" };
      if (entry.kind === "submodule") return { ok: false, reason: "unreadable", detail: "not a regular file" };
      const onDisk = entry.kind === "file" && root !== undefined ? worktreeBlob(pathUnder(root, current), entry.oid) : undefined;
      const blob = onDisk ? { size: onDisk.length, bytes: onDisk } : await readBlob(entry.oid);
      if (!blob) return { ok: false, reason: "unreadable", detail: `object ${entry.oid} is missing` };
      if (entry.kind === "file") {
        if (blob.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(blob.size) };
        return { ok: true, bytes: blob.bytes };
      }
      const target = Buffer.from(blob.bytes).toString("utf8");
      const next = linkDestination(current, target);
      if (next === undefined) return { ok: false, reason: "outside-repository", detail: target };
      current = next;
    }
    return { ok: false, reason: "unreadable", detail: "too many levels of symbolic links" };
  };

  // Each path is read, and each glob matched, once per host: a scoped run loads the tree twice.
  const cache = new Map<string, Promise<ReadResult>>();
  const globbed = new Map<string, readonly string[]>();
  return {
    description,
    ...(root === undefined ? {} : { root }),
    async glob(patterns) {
      const key = JSON.stringify(patterns);
      let paths = globbed.get(key);
      if (!paths) globbed.set(key, (paths = globListed(listed, patterns)));
      return [...paths];
    },
    readFile(rel) {
      let hit = cache.get(rel);
      if (!hit) cache.set(rel, (hit = read(rel)));
      return hit;
    },
    contentId(rel) {
      const entry = entries.get(rel);
      return entry?.kind === "file" ? entry.oid : undefined;
    },
  };
}
