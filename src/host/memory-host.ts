// Host over an in-memory tree: tests, and revisions read out of git.
import { globListed } from "./glob-match.js";
import { MAX_FILE_BYTES, type Host, type ReadResult } from "./host.js";

export function createMemoryHost(files: Readonly<Record<string, string | Uint8Array>> | ReadonlyMap<string, string | Uint8Array>, description = "memory"): Host {
  const map = files instanceof Map ? new Map(files) : new Map(Object.entries(files));
  const encoder = new TextEncoder();
  return {
    description,
    async glob(patterns) {
      return globListed(map.keys(), patterns);
    },
    async readFile(rel): Promise<ReadResult> {
      const content = map.get(rel);
      if (content === undefined) return { ok: false, reason: "missing" };
      const bytes = typeof content === "string" ? encoder.encode(content) : content;
      if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(bytes.byteLength) };
      return { ok: true, bytes };
    },
  };
}
