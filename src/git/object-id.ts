// Git's name for a blob: the hash of `blob <size>\0` and its bytes (SHA-1, or SHA-256 for 64-digit
// ids). Bytes found outside git (a working-tree file, a loose object read without cat-file) are
// taken as a blob only when they hash to its id.
import { createHash } from "node:crypto";

export function isBlob(oid: string, bytes: Uint8Array): boolean {
  return createHash(oid.length === 64 ? "sha256" : "sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex") === oid;
}
