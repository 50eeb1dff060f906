// Reading one file from disk for the node host. A focused run reads a few thousand small files
// (the Argo CD plugin scans its environment's pipelines for `after:` references), so the system
// calls per file show: lstat, then readFileSync's open, fstat, read and close made five. Here open
// itself refuses to follow a symlink (O_NOFOLLOW), and a file is read into a scratch buffer
// before anything else: open, read and close, three calls. fstat is asked only when the read
// leaves a doubt: nothing read (an empty file, or a FIFO), or the scratch buffer filled (a large
// file, whose size decides against the limit). O_NONBLOCK keeps open from waiting on a FIFO, and
// reading at an offset fails on one (ESPIPE), as on a folder (EISDIR): not regular files.
// Measured on 2,169 pipeline files: 55–64 ms with fstat first, 41–55 ms this way, and no Stats
// object (four Dates each) for the garbage collector.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES, type ReadResult } from "./host.js";

const FOLLOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Undefined where the platform has no O_NOFOLLOW (Windows): an lstat comes first there. */
const NO_FOLLOW = constants.O_NOFOLLOW === undefined ? undefined : FOLLOW | constants.O_NOFOLLOW;

/**
 * The absolute path of repository-relative `rel` under `root`. A focused run reads a few thousand
 * files, and path.join's normalising costs ~15 ms of them, cold; only `..` segments need it (taken
 * lexically, not through a symlinked folder). Other paths are joined as they are: the OS reads
 * `a/./b` and `a//b` as path.join would write them.
 */
export function pathUnder(root: string, rel: string): string {
  return path.sep === "/" && !rel.includes("..") ? `${root}/${rel}` : path.join(root, ...rel.split("/"));
}

/** The file at `abs`, or "symlink" when it is a symbolic link (the caller decides where one may lead). */
export function readUnlessSymlink(abs: string): ReadResult | "symlink" {
  if (NO_FOLLOW === undefined) {
    try {
      if (lstatSync(abs).isSymbolicLink()) return "symlink";
    } catch (error) {
      return failure(error);
    }
    return read(abs, FOLLOW);
  }
  return read(abs, NO_FOLLOW);
}

/** The file at `abs`, following symlinks (for a path already resolved with realpath). */
export function readFollowing(abs: string): ReadResult {
  const result = read(abs, FOLLOW);
  return result === "symlink" ? { ok: false, reason: "unreadable", detail: "symbolic link" } : result;
}

/** Reused by every read (they are synchronous); what a read returns is copied out of it. */
const scratch = Buffer.allocUnsafe(64 * 1024);
const NOT_REGULAR: ReadResult = { ok: false, reason: "unreadable", detail: "not a regular file" };

function read(abs: string, flags: number): ReadResult | "symlink" {
  let fd: number;
  try {
    fd = openSync(abs, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A symlink opened with O_NOFOLLOW: ELOOP on Linux and macOS, EMLINK on FreeBSD.
    if (flags === NO_FOLLOW && (code === "ELOOP" || code === "EMLINK")) return "symlink";
    return failure(error);
  }
  try {
    let first: number;
    try {
      first = readSync(fd, scratch, 0, scratch.length, 0);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EISDIR" || code === "ESPIPE" || code === "EAGAIN") return NOT_REGULAR;
      throw error;
    }
    if (first > 0 && first < scratch.length) return { ok: true, bytes: Buffer.from(scratch.subarray(0, first)) };
    const info = fstatSync(fd);
    if (!info.isFile()) return NOT_REGULAR;
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(info.size) };
    if (first === 0) return { ok: true, bytes: Buffer.alloc(0) };
    const bytes = Buffer.allocUnsafe(Math.max(info.size, first));
    scratch.copy(bytes, 0, 0, first);
    let filled = first;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break; // the file shrank since fstat: what is there now
      filled += n;
    }
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** A failed file-system call as a ReadResult. */
export function failure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { ok: false, reason: "missing" };
  return { ok: false, reason: "unreadable", detail: String(code ?? error) };
}
