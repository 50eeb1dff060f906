// Reading many blobs with ONE `git cat-file --batch` process instead of one
// process per file: requests made in the same turn of the event loop (as
// loadRepository's Promise.all makes them) share a batch.
import { looseBlob } from "./loose-object.js";
import { runGit, type GitContext } from "./run.js";

export interface Blob {
  readonly size: number;
  readonly bytes: Uint8Array;
}

/**
 * Parse `cat-file --batch` output: per object `<oid> <type> <size>\n<bytes>\n`,
 * or `<name> missing\n`. Results are in request order.
 */
export function parseBatch(out: Buffer, count: number): (Blob | undefined)[] {
  const results: (Blob | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) throw new Error(`git cat-file --batch: output ended after ${i} of ${count} objects`);
    const header = out.toString("utf8", at, eol).split(" ");
    at = eol + 1;
    if (header.length !== 3) {
      results.push(undefined); // "<name> missing" (or ambiguous): no such object
      continue;
    }
    const size = Number(header[2]);
    results.push({ size, bytes: out.subarray(at, at + size) });
    at += size + 1;
  }
  return results;
}

export async function readBlobs(ctx: GitContext, oids: readonly string[]): Promise<(Blob | undefined)[]> {
  if (oids.length === 0) return [];
  const out = await runGit(ctx, ["cat-file", "--batch"], Buffer.from(oids.map((o) => `${o}\n`).join(""), "utf8"));
  return parseBatch(out, oids.length);
}

/**
 * Collects blob requests and sends each turn's requests as one batch. With `objects` (the
 * repository's object folder, where known without asking git), a loose object is read from
 * there first (loose-object.ts).
 */
export function createBlobReader(ctx: GitContext, objects?: string): (oid: string) => Promise<Blob | undefined> {
  let pending: { oid: string; resolve: (b: Blob | undefined) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    readBlobs(
      ctx,
      batch.map((p) => p.oid),
    ).then(
      (blobs) => batch.forEach((p, i) => p.resolve(blobs[i])),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
  };
  return (oid) => {
    const loose = objects === undefined ? undefined : looseBlob(objects, oid);
    if (loose) return Promise.resolve(loose);
    return new Promise((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ oid, resolve, reject });
    });
  };
}
