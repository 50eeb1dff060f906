// How many threads a run uses. One by default: on the 2-vCPU machines this targets a second
// thread was measured slower as often as faster (bench/check-manifests.ts; the machines' cores
// are shared, and even idle two threads gave ~1.2x), so workers are opt-in with -n. Even then a
// worker costs a start-up (~0.3 s of CPU to load modules and validators) that small inputs do
// not repay, so -n N is a maximum: one thread per MIN_BYTES_PER_THREAD of YAML, one per file.
import { statSync } from "node:fs";
import path from "node:path";

export const DEFAULT_THREADS = 1;

/** Below this much YAML per thread, another thread costs more than it saves. */
export const MIN_BYTES_PER_THREAD = 1024 * 1024;

/** Up to `wanted` threads (the main one included), fewer when the files are too few or too small to share. */
export function planThreads(wanted: number, files: readonly string[], cwd: string): number {
  if (wanted <= 1 || files.length <= 1) return 1;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(path.resolve(cwd, file)).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return Math.max(1, Math.min(wanted, files.length, Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}
