// A blob read from git's object folder where git stored it alone (a loose object: zlib-deflated
// `blob <size>\0<bytes>` at objects/<2 hex digits>/<the rest>), without starting `cat-file`. A
// pre-commit check needs HEAD's copy of the changed files; a file committed here since the last
// `git gc` or clone is loose, and starting git for it costs a fork of a large process. Objects in
// pack files, and anything that does not hash to the id asked for, are left to cat-file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import type { Blob } from "./batch.js";
import { isBlob } from "./object-id.js";

/** The blob `oid` from the loose objects under `objects`, or undefined (not loose there, not a blob, or not those bytes). */
export function looseBlob(objects: string, oid: string): Blob | undefined {
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(oid)) return undefined;
  let raw: Buffer;
  try {
    raw = inflateSync(readFileSync(path.join(objects, oid.slice(0, 2), oid.slice(2))));
  } catch {
    return undefined; // not loose (packed, or in an alternate), or unreadable: cat-file decides
  }
  const nul = raw.indexOf(0);
  const header = nul > 0 ? raw.toString("latin1", 0, nul) : "";
  const size = /^blob (\d+)$/.exec(header)?.[1];
  const bytes = raw.subarray(nul + 1);
  if (size === undefined || Number(size) !== bytes.length || !isBlob(oid, bytes)) return undefined;
  return { size: bytes.length, bytes };
}
