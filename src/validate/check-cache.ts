// Manifests whose schema checks found nothing, kept between runs. The Argo CD plugin renders
// one team per call, and a commit to a monorepo calls it for every team, most of which render
// exactly what they rendered before; the pre-commit hook re-checks teams of which one file
// changed. Loading the validators is most of a short run's schema stage (some 50 ms of half a
// second): a run whose manifests were all found clean before, byte for byte and by the same
// pipeforge build, loads none. Pure apart from hashing: the CLI reads and writes the text
// (cli/check-cache-file.ts).
//
// Entries are grouped (a team's output folder, per repository) so that a run reads only the
// groups it renders. A group's text is JSON: {"format":1,"clean":{"<manifest path>":"<digest>"}},
// the digest a sha256 of the build's identity and of everything the check reads (stage.ts). One
// entry per path: a manifest that changes replaces its entry, so a group never outgrows its team.
import { createHash } from "node:crypto";

const FORMAT = 1;

export interface SchemaCheckCache {
  /** Whether `content`, the manifest at `path` of `group` and how it is checked, was found clean before. */
  isClean(group: string, path: string, content: Uint8Array): boolean;
  /** Its checks found nothing: kept for the next run. */
  markClean(group: string, path: string, content: Uint8Array): void;
}

export interface CheckCacheStore {
  /** A group's text as last written; undefined when there is none. */
  read(group: string): string | undefined;
  write(group: string, text: string): void;
}

export interface StoredCheckCache extends SchemaCheckCache {
  /** Writes each group this run changed: the entries it found or confirmed, not those it did not see. */
  save(): void;
}

interface Group {
  readonly stored: ReadonlyMap<string, string>;
  readonly next: Map<string, string>;
}

function parseGroup(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  try {
    const data = JSON.parse(text) as { format?: unknown; clean?: unknown };
    if (data.format !== FORMAT || typeof data.clean !== "object" || data.clean === null || Array.isArray(data.clean)) return new Map();
    return new Map(Object.entries(data.clean as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return new Map(); // unreadable: checked again and written anew
  }
}

/** `build` names what checks (the pipeforge build): another build's entries never match. */
export function openCheckCache(store: CheckCacheStore, build: string): StoredCheckCache {
  const groups = new Map<string, Group>();
  const groupOf = (name: string): Group => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { stored: parseGroup(store.read(name)), next: new Map() }));
    return g;
  };
  const digest = (content: Uint8Array) => createHash("sha256").update(build).update("\0").update(content).digest("hex");
  return {
    isClean(group, path, content) {
      const g = groupOf(group);
      const d = digest(content);
      if (g.stored.get(path) !== d) return false;
      g.next.set(path, d);
      return true;
    },
    markClean(group, path, content) {
      groupOf(group).next.set(path, digest(content));
    },
    save() {
      for (const [name, g] of groups) {
        if (g.next.size === 0) continue;
        const same = g.next.size === g.stored.size && [...g.next].every(([path, d]) => g.stored.get(path) === d);
        if (!same) store.write(name, JSON.stringify({ format: FORMAT, clean: Object.fromEntries([...g.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }));
      }
    },
  };
}
