// How many threads a run should use. A worker thread costs a start-up (loading the modules and
// its validators) that only enough YAML pays back, so small inputs stay on the main thread; the
// constant comes from bench/check-manifests.ts on the 2-core machines this targets.
import { statSync } from "node:fs";
import path from "node:path";

/** Below this much YAML per thread, another thread costs more than it saves. */
export const MIN_BYTES_PER_THREAD = 256 * 1024;

/** `requested` threads (the main one included), fewer when the files are too small to share. */
export function planThreads(requested: number, files: readonly string[], cwd: string): number {
  if (requested <= 1 || files.length <= 1) return 1;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(path.resolve(cwd, file)).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return Math.max(1, Math.min(requested, files.length, Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}
