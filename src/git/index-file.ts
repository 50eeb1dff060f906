// Git's index file read directly: the entries `git ls-files -s` would print, without starting
// git. Starting a process blocks a large Node process for 6–14 ms (the fork), git then competes
// for the second core with the `diff --cached` run beside it, and its text output is split and
// parsed again here. Reading the binary file takes about 20 ms on the benchmark tree's 6,508
// entries, while `diff --cached` runs. Pure: bytes in, entries out.
//
// The format is git's own (Documentation/gitformat-index.txt): a header ("DIRC", version 2, 3 or
// 4, entry count), the entries sorted by path, optional extensions, and a checksum of all that.
// What this reader does not handle it reports as unsupported, and the caller asks git instead:
// - an index whose checksum is neither SHA-1 nor SHA-256 of its content (index.skipHash writes
//   zeros; a torn or foreign file);
// - a split index (the `link` extension: the entries live in a second file), a sparse index
//   (`sdir`: folders stand for whole trees), and any other extension git marks as required;
// - an index over MAX_DIRECT_INDEX_BYTES.
// Intent-to-add and skip-worktree entries are listed, as ls-files lists them.
import { createHash } from "node:crypto";
import { kindOfMode, unmergedError, type EntryKind, type TreeEntry } from "./entries.js";

export type IndexListing = { readonly entries: Map<string, TreeEntry> } | { readonly unsupported: string };

/**
 * Larger indexes (some 150,000 entries and up: a monorepo around the pipeforge root) go to git,
 * whose pathspec filter in C skips the entries outside the root faster than this reader walks them.
 */
export const MAX_DIRECT_INDEX_BYTES = 16 * 1024 * 1024;

const EXTENDED = 0x4000;
const NON_ASCII = /[\u0080-\uffff]/;
const STAGE_SHIFT = 12;
const NAME_MASK = 0xfff;
/** ctime, mtime (seconds and nanoseconds each), dev, ino, mode, uid, gid, size: ten 32-bit fields. */
const STAT_BYTES = 40;

/**
 * The entries of an index under `prefix` (the pipeforge root in the work tree: "" or a path
 * ending in "/") whose path is one of `roots` or lies under one, keyed by their path relative to
 * the prefix. Unmerged entries (a conflict) throw, as parseLsFiles does.
 */
export function parseIndexFile(bytes: Uint8Array, prefix: string, roots: readonly string[], maxBytes = MAX_DIRECT_INDEX_BYTES): IndexListing {
  if (bytes.byteLength > maxBytes) return { unsupported: `an index of more than ${maxBytes} bytes` };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") return { unsupported: "not an index file" };
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return { unsupported: `index version ${version}` };
  const hashBytes = checksumBytes(buf);
  if (hashBytes === undefined) return { unsupported: "no checksum of a known hash" };
  const end = buf.length - hashBytes;
  const count = buf.readUInt32BE(8);
  const wanted = roots.map((r) => `${prefix}${r}`);
  const under = (path: string) => {
    // An indexed loop: for…of makes an iterator result per step in code V8 has not optimised yet.
    for (let i = 0; i < wanted.length; i++) {
      const r = wanted[i]!;
      if (path === r || (path.startsWith(r) && path.charCodeAt(r.length) === 0x2f)) return true;
    }
    return false;
  };
  // The whole file decoded once, a byte to a character: each path is then a slice of one string,
  // not one decoding call per entry (thousands in a large index). Object ids are decoded when
  // asked for: a focused run reads a third of the files it lists.
  const latin1 = buf.toString("latin1", 0, end);
  const text = (from: number, to: number) => {
    const t = latin1.slice(from, to);
    return NON_ASCII.test(t) ? buf.toString("utf8", from, to) : t;
  };
  const entries = new Map<string, TreeEntry>();
  const unmerged: string[] = [];
  // Version 4 writes each path as what it keeps of the previous one and a new tail: the path's bytes are built here.
  let name = Buffer.alloc(256);
  let nameLength = 0;
  let at = 12;
  for (let i = 0; i < count; i++) {
    const oidAt = at + STAT_BYTES;
    const flagsAt = oidAt + hashBytes;
    if (flagsAt + 2 > end) return { unsupported: "truncated entries" };
    const mode = buf.readUInt32BE(at + 24);
    const flags = buf.readUInt16BE(flagsAt);
    const nameAt = flagsAt + (version >= 3 && (flags & EXTENDED) !== 0 ? 4 : 2);
    let path: string;
    if (version === 4) {
      // How many bytes of the previous path to drop: git's varint (each continuation adds one before shifting).
      let p = nameAt;
      let c = buf[p++] ?? 0;
      let strip = c & 0x7f;
      while (c & 0x80 && p < end) {
        c = buf[p++]!;
        strip = ((strip + 1) << 7) | (c & 0x7f);
      }
      const nul = buf.indexOf(0, p);
      if (nul < 0 || nul >= end || strip > nameLength) return { unsupported: "malformed path" };
      const kept = nameLength - strip;
      if (kept + (nul - p) > name.length) name = Buffer.concat([name.subarray(0, kept), Buffer.alloc(2 * (kept + nul - p))]);
      buf.copy(name, kept, p, nul);
      nameLength = kept + (nul - p);
      path = name.toString("latin1", 0, nameLength);
      if (NON_ASCII.test(path)) path = name.toString("utf8", 0, nameLength);
      at = nul + 1;
    } else {
      const short = flags & NAME_MASK;
      const nul = short < NAME_MASK ? nameAt + short : buf.indexOf(0, nameAt);
      if (nul < 0 || nul >= end) return { unsupported: "malformed path" };
      path = text(nameAt, nul);
      // Entries are padded with 1–8 NULs to a multiple of 8 bytes.
      at += (nul - at + 8) & ~7;
    }
    if ((mode & 0o170000) === 0o040000) return { unsupported: "a sparse index (folder entries)" };
    if (!under(path)) continue;
    const rel = path.slice(prefix.length);
    if ((flags >> STAGE_SHIFT) & 3) {
      if (!unmerged.includes(rel)) unmerged.push(rel);
      continue;
    }
    const kind = kindOfMode(mode);
    if (kind) entries.set(rel, new IndexEntry(kind, buf, oidAt, flagsAt));
  }
  const refused = requiredExtension(buf, at, end);
  if (refused) return { unsupported: refused };
  if (unmerged.length > 0) throw unmergedError(unmerged);
  return { entries };
}

/** An entry whose object id is decoded from the index's bytes when first asked for. */
class IndexEntry implements TreeEntry {
  #oid: string | undefined;
  constructor(
    readonly kind: EntryKind,
    private readonly bytes: Buffer,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get oid(): string {
    return (this.#oid ??= this.bytes.toString("hex", this.from, this.to));
  }
}

/** The length of the trailing checksum: 20 (SHA-1) or 32 (SHA-256) bytes, the hash of everything before it. */
function checksumBytes(buf: Buffer): number | undefined {
  for (const [algorithm, size] of [["sha1", 20], ["sha256", 32]] as const) {
    if (buf.length < 12 + size) continue;
    const digest = createHash(algorithm).update(buf.subarray(0, buf.length - size)).digest();
    if (digest.equals(buf.subarray(buf.length - size))) return size;
  }
  return undefined;
}

/** The first extension this reader cannot do without, if any: git marks those with a signature not starting A–Z. */
function requiredExtension(buf: Buffer, at: number, end: number): string | undefined {
  while (at + 8 <= end) {
    const signature = buf.toString("latin1", at, at + 4);
    const size = buf.readUInt32BE(at + 4);
    const first = signature.charCodeAt(0);
    if (first < 0x41 || first > 0x5a) return signature === "link" ? "a split index" : signature === "sdir" ? "a sparse index" : `the required extension "${signature}"`;
    at += 8 + size;
  }
  return at === end ? undefined : "malformed extensions";
}
