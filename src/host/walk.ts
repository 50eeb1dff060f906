// Listing the files of a folder that match globs, in one synchronous walk. Each pattern's
// static base (picomatch's scan) is walked once, so `environments/**/*.yaml` never visits
// rendered/; .git, node_modules and dot entries are not entered (patterns match with
// dot: false, as in the in-memory host). Symlinks are listed, never followed: reading decides
// what they are. A symlink that matches no pattern but leaves the folder is listed too, so a
// linked-in folder from outside the repository is reported rather than silently skipped.
// A folder the walk does not descend from, whose entries only literal names can match
// (`environments/*/*/*/team.yaml`), is not listed: those names are looked up. A focused load
// lists its other environments' teams this way (discover/layout.ts), and a team folder holds
// dozens of pipelines: 160 folders took 13–25 ms to list against a few to look up. A symlink
// that matches no pattern is not seen in such a folder.
import { lstatSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { globMatcher } from "./glob-match.js";
import { pathUnder } from "./read-file.js";

const PRUNED = new Set([".git", "node_modules"]);

export function walkGlob(absRoot: string, patterns: readonly string[], realRoot: () => string): string[] {
  const match = globMatcher(patterns);
  const out: string[] = [];
  /** Each base, and how deep (in path segments from the root) its patterns can reach. */
  const reach = new Map<string, number>();
  const scans = new Map(patterns.map((pattern) => [pattern, picomatch.scan(pattern)]));
  for (const [pattern, scan] of scans) {
    if (!scan.isGlob) {
      if (isListable(pathUnder(absRoot, pattern))) out.push(pattern);
      continue;
    }
    const globSegments = scan.glob.split("/");
    const depth = globSegments.some((s) => s.includes("**")) ? Infinity : segments(scan.base) + globSegments.length;
    reach.set(scan.base, Math.max(reach.get(scan.base) ?? 0, depth));
  }
  const walked = walkedBases(reach);
  const literal = literalNames(scans);
  for (const [base, depth] of walked) {
    // A base inside another is walked only where the outer walk would have entered it: through
    // real folders, not a symlinked one.
    if ([...walked.keys()].some((outer) => holds(outer, base)) && !isRealFolder(absRoot, base, realRoot)) continue;
    walk(absRoot, base, depth, { match, literal, realRoot }, out, walked);
  }
  return [...new Set(out)];
}

/** Whether base `outer` holds `base` ("" is the root, which holds every other). */
const holds = (outer: string, base: string) => outer !== base && (outer === "" || base.startsWith(`${outer}/`));

/** Whether `rel` is a folder reached without passing a symlink. */
function isRealFolder(absRoot: string, rel: string, realRoot: () => string): boolean {
  try {
    return realpathSync(path.join(absRoot, ...rel.split("/"))) === path.join(realRoot(), ...rel.split("/"));
  } catch {
    return false; // missing: nothing to list
  }
}

const segments = (rel: string) => (rel === "" ? 0 : rel.split("/").length);

/**
 * The bases to walk: each one unless a base holding it ("" is the root, which holds every other)
 * reaches at least as deep. A base that reaches deeper than the one holding it is walked on its
 * own, and the outer walk does not enter it: `environments/dev/**` beside a pattern for the team
 * files of every environment walks dev in full and the other environments down to their teams.
 */
function walkedBases(reach: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...reach].filter(([base, depth]) => ![...reach].some(([outer, reaches]) => holds(outer, base) && reaches >= depth)));
}

/**
 * For a folder whose entries lie `depth` segments from the root: the only names a pattern can
 * match there, when every pattern that reaches that far ends in a literal name; undefined when
 * one could match other names (a wildcard in its last segment, or `**` above the folder).
 * `scans`: each pattern with picomatch's scan of it, made once by walkGlob.
 */
function literalNames(scans: ReadonlyMap<string, ReturnType<typeof picomatch.scan>>): (dir: string, depth: number) => string[] | undefined {
  const shapes = [...scans].map(([pattern, scan]) => {
    const parts = pattern.split("/");
    const last = parts[parts.length - 1] ?? "";
    return {
      depth: parts.length,
      globstar: pattern.includes("**"),
      base: scan.base,
      folder: picomatch.makeRe(parts.slice(0, -1).join("/") || ".", { dot: false }),
      name: picomatch.scan(last).isGlob || last.startsWith(".") || PRUNED.has(last) ? undefined : last,
    };
  });
  return (dir, depth) => {
    const names: string[] = [];
    for (const shape of shapes) {
      if (shape.globstar) {
        if (shape.base === dir || holds(shape.base, dir)) return undefined;
      } else if (shape.depth === depth && shape.folder.test(dir === "" ? "." : dir)) {
        if (shape.name === undefined) return undefined;
        names.push(shape.name);
      }
    }
    return names;
  };
}

interface Matching {
  readonly match: (p: string) => boolean;
  readonly literal: (dir: string, depth: number) => string[] | undefined;
  readonly realRoot: () => string;
}

function walk(absRoot: string, base: string, maxDepth: number, { match, literal, realRoot }: Matching, out: string[], walked: ReadonlyMap<string, number>): void {
  const pending = [base];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const depth = segments(dir) + 1;
    const names = depth === maxDepth ? literal(dir, depth) : undefined;
    if (names) {
      for (const name of names) {
        const rel = dir === "" ? name : `${dir}/${name}`;
        if (isListable(pathUnder(absRoot, rel))) out.push(rel);
      }
      continue;
    }
    let entries;
    try {
      entries = readdirSync(pathUnder(absRoot, dir), { withFileTypes: true });
    } catch {
      continue; // a missing or unreadable folder holds nothing to list
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || PRUNED.has(entry.name)) continue;
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < maxDepth && !walked.has(rel)) pending.push(rel); // another walked base: listed by its own walk
      } else if (match(rel) || (entry.isSymbolicLink() && leaves(pathUnder(absRoot, rel), realRoot()))) out.push(rel);
    }
  }
}

function isListable(abs: string): boolean {
  try {
    return !lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}

function leaves(abs: string, rootReal: string): boolean {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return false; // dangling or looping: nothing outside is reachable through it
  }
  return real !== rootReal && !real.startsWith(rootReal + path.sep);
}
