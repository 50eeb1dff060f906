// The facts a focused load finds in pipeline texts (focus.ts), kept between runs by content id.
// `validate --staged` checks a change in a tree whose other files rarely change between
// commits; git names each file's bytes (its blob id), so what was found in them once holds as
// long as the id does, and the next run reads only the files it keeps instead of every pipeline
// file of the environment. Pure: the CLI reads and writes the text (cli/facts-cache-file.ts).
//
// The text is JSON: {"format":2,"scanner":"…","facts":{"<id>":"<day>\t<afters>\t<names>"}}, the
// lists separated by spaces (neither holds any: see the patterns in focus.ts); one string per
// entry parses several times faster than nested arrays. `scanner` is what the facts were found
// with (FACTS_SCANNER): another one makes the whole text unusable. `day` is when an entry was last
// used (days since 1970): entries unused for PRUNE_DAYS are dropped, so ids of bytes long gone do
// not pile up.
import { FACTS_SCANNER, type FactsCache, type TextFacts } from "./focus.js";

const FORMAT = 2;
/** Entries unused this long are dropped when the cache is next written. */
export const PRUNE_DAYS = 30;

interface Entry {
  day: number;
  facts: TextFacts;
}

export interface StoredFactsCache extends FactsCache {
  /** The text to write back; undefined when the stored text needs no update. */
  serialize(): string | undefined;
}

const dayOf = (now: Date) => Math.floor(now.getTime() / 86_400_000);

const list = (field: string) => (field === "" ? [] : field.split(" "));
const LIST = /^[^\s]*( [^\s]+)*$/;

function parseEntries(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return new Map(); // unreadable: found again and written anew
  }
  const { format, scanner, facts } = (data ?? {}) as { format?: unknown; scanner?: unknown; facts?: unknown };
  if (format !== FORMAT || scanner !== FACTS_SCANNER || typeof facts !== "object" || facts === null) return new Map();
  return new Map(Object.entries(facts).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** A stored entry, or undefined when it is not one (each is checked when first used). */
function entryOf(stored: string): Entry | undefined {
  const [day, afters, names, ...rest] = stored.split("\t");
  if (rest.length > 0 || names === undefined || !/^\d+$/.test(day!) || !LIST.test(afters!) || !LIST.test(names)) return undefined;
  return { day: Number(day), facts: { afters: list(afters!), names: list(names) } };
}

/** The cache stored as `text` (undefined: none yet), as of `now`. */
export function factsCacheFrom(text: string | undefined, now: Date = new Date()): StoredFactsCache {
  const today = dayOf(now);
  const stored = parseEntries(text);
  const used = new Map<string, Entry>();
  let dirty = false;
  return {
    get(id) {
      let entry = used.get(id);
      if (!entry) {
        const text = stored.get(id);
        entry = text === undefined ? undefined : entryOf(text);
        if (!entry) return undefined;
        used.set(id, entry);
      }
      if (entry.day !== today) {
        entry.day = today;
        dirty = true;
      }
      return entry.facts;
    },
    set(id, facts: TextFacts) {
      used.set(id, { day: today, facts: { afters: [...facts.afters], names: [...facts.names] } });
      dirty = true;
    },
    serialize() {
      if (!dirty) return undefined;
      const facts: Record<string, string> = {};
      for (const [id, text] of stored) {
        const day = Number(text.slice(0, text.indexOf("\t")));
        if (!used.has(id) && today - day < PRUNE_DAYS) facts[id] = text;
      }
      for (const [id, { day, facts: f }] of used) facts[id] = `${day}\t${f.afters.join(" ")}\t${f.names.join(" ")}`;
      return JSON.stringify({ format: FORMAT, scanner: FACTS_SCANNER, facts });
    },
  };
}
