// The facts a focused load finds in pipeline texts (focus.ts), kept between runs by content id.
// `validate --staged` checks a change in a tree whose other files rarely change between
// commits; git names each file's bytes (its blob id), so what was found in them once holds as
// long as the id does, and the next run reads only the files it keeps instead of every pipeline
// file of the environment. Pure: the CLI reads and writes the text (cli/facts-cache-file.ts).
//
// The text is JSON: {"format":1,"scanner":"…","facts":{"<id>":[day, afters, names]}}. `scanner`
// is what the facts were found with (FACTS_SCANNER): another one makes the whole text unusable.
// `day` is when an entry was last used (days since 1970): entries unused for PRUNE_DAYS are
// dropped, so ids of bytes long gone do not pile up.
import { FACTS_SCANNER, type FactsCache, type TextFacts } from "./focus.js";

const FORMAT = 1;
/** Entries unused this long are dropped when the cache is next written. */
export const PRUNE_DAYS = 30;

type Entry = [day: number, afters: string[], names: string[]];

export interface StoredFactsCache extends FactsCache {
  /** The text to write back; undefined when the stored text needs no update. */
  serialize(): string | undefined;
}

const dayOf = (now: Date) => Math.floor(now.getTime() / 86_400_000);

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

function parseEntries(text: string | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (text === undefined) return entries;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return entries; // unreadable: found again and written anew
  }
  const { format, scanner, facts } = (data ?? {}) as { format?: unknown; scanner?: unknown; facts?: unknown };
  if (format !== FORMAT || scanner !== FACTS_SCANNER || typeof facts !== "object" || facts === null) return entries;
  for (const [id, value] of Object.entries(facts)) {
    if (!Array.isArray(value) || value.length !== 3) continue;
    const [day, afters, names] = value as unknown[];
    if (typeof day === "number" && isStrings(afters) && isStrings(names)) entries.set(id, [day, afters, names]);
  }
  return entries;
}

/** The cache stored as `text` (undefined: none yet), as of `now`. */
export function factsCacheFrom(text: string | undefined, now: Date = new Date()): StoredFactsCache {
  const today = dayOf(now);
  const entries = parseEntries(text);
  let dirty = false;
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (entry[0] !== today) {
        entry[0] = today;
        dirty = true;
      }
      return { afters: entry[1], names: entry[2] };
    },
    set(id, facts: TextFacts) {
      entries.set(id, [today, [...facts.afters], [...facts.names]]);
      dirty = true;
    },
    serialize() {
      if (!dirty) return undefined;
      const facts: Record<string, Entry> = {};
      for (const [id, entry] of entries) if (today - entry[0] < PRUNE_DAYS) facts[id] = entry;
      return JSON.stringify({ format: FORMAT, scanner: FACTS_SCANNER, facts });
    },
  };
}
