// The IO edge of `build`: compare, then write atomically. Every file is first
// written beside its target under a temporary name, then renamed; only files
// listed in the output marker (written by an earlier build) are ever deleted.
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { markerText, MARKER, parseMarker } from "./plan.js";

export type OutputState =
  | { readonly kind: "absent" }
  | { readonly kind: "ours"; readonly previous: Set<string> }
  | { readonly kind: "empty" }
  | { readonly kind: "foreign" };

export async function inspectOutput(dir: string): Promise<OutputState> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "absent" };
    throw error;
  }
  if (entries.includes(MARKER)) return { kind: "ours", previous: parseMarker(await readFile(path.join(dir, MARKER), "utf8")) };
  return entries.length === 0 ? { kind: "empty" } : { kind: "foreign" };
}

export interface Difference {
  readonly path: string;
  readonly change: "added" | "changed" | "removed";
}

/** Files that differ between the plan and the directory (for --check). */
export async function diffOutput(dir: string, files: ReadonlyMap<string, string>, previous: ReadonlySet<string>): Promise<Difference[]> {
  const out: Difference[] = [];
  for (const [rel, text] of files) {
    const current = await readFile(path.join(dir, rel), "utf8").catch(() => undefined);
    if (current === undefined) out.push({ path: rel, change: "added" });
    else if (current !== text) out.push({ path: rel, change: "changed" });
  }
  for (const rel of previous) if (!files.has(rel)) out.push({ path: rel, change: "removed" });
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The absolute path of `rel` inside `dir`, or undefined when it would leave it (`..`, absolute, empty segments). */
export function inside(dir: string, rel: string): string | undefined {
  const parts = rel.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return undefined;
  return path.join(dir, ...parts);
}

export async function writeOutput(dir: string, files: ReadonlyMap<string, string>, previousAll: ReadonlySet<string>, keep: ReadonlySet<string> = new Set()): Promise<{ written: number; deleted: number }> {
  const tmp = `.pipeforge-tmp-${process.pid}`;
  const staged: [string, string][] = [];
  let written = 0;
  // Only paths inside the output folder are ours, whatever a (hand-edited) marker says.
  const previous = new Set([...previousAll].filter((rel) => inside(dir, rel) !== undefined));
  for (const rel of files.keys()) if (inside(dir, rel) === undefined) throw new Error(`refusing to write ${rel}: outside ${dir}`);
  // Temporary files of a build that was killed: ours by name.
  for (const entry of await readdir(dir, { recursive: true }).catch(() => [] as string[])) {
    if (/\.pipeforge-tmp-\d+$/.test(entry)) await rm(path.join(dir, entry), { force: true });
  }
  try {
    for (const [rel, text] of files) {
      const target = path.join(dir, ...rel.split("/"));
      const current = await readFile(target, "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
      });
      if (current === text) continue;
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}${tmp}`;
      await writeFile(temp, text);
      staged.push([temp, target]);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
  // Marker first: if we stop half-way, the next build still knows every file it may own.
  await writeFile(path.join(dir, `${MARKER}${tmp}`), markerText(new Set([...keep, ...previous, ...files.keys()])));
  await rename(path.join(dir, `${MARKER}${tmp}`), path.join(dir, MARKER));
  for (const [temp, target] of staged) {
    await rename(temp, target);
    written++;
  }
  let deleted = 0;
  for (const rel of previous) {
    if (files.has(rel)) continue;
    await rm(inside(dir, rel)!, { force: true });
    deleted++;
    await pruneEmptyDirs(dir, path.dirname(rel));
  }
  await writeFile(path.join(dir, `${MARKER}${tmp}`), markerText(new Set([...keep, ...files.keys()])));
  await rename(path.join(dir, `${MARKER}${tmp}`), path.join(dir, MARKER));
  return { written, deleted };
}

async function pruneEmptyDirs(root: string, rel: string): Promise<void> {
  let current = rel;
  while (current !== "." && current !== "") {
    const abs = path.join(root, ...current.split("/"));
    const left = await readdir(abs).catch(() => ["?"]);
    if (left.length > 0) return;
    await rmdir(abs).catch(() => undefined);
    current = path.dirname(current);
  }
}
