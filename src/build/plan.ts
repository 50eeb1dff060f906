// What `build` would write: output path → bytes. Pure.
import { serializeManifest, type Manifest } from "../emit/index.js";

export const MARKER = ".pipeforge-output";

export function planOutput(manifests: readonly Manifest[]): Map<string, string> {
  const files = new Map<string, string>();
  const sorted = [...manifests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const m of sorted) files.set(m.path, serializeManifest(m.value));
  return files;
}

/** The marker lists every file the last build wrote, so a rebuild deletes only its own stale files. */
export function markerText(files: Iterable<string>): string {
  return ["# Written by pipeforge build. pipeforge only deletes files listed here.", ...[...files].sort()].join("\n") + "\n";
}

export function parseMarker(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#")),
  );
}
