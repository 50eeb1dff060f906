// The facts cache of focused loads (discover/facts-cache.ts): what it keeps, what makes it drop
// a stored text, and when it asks to be written.
import { describe, expect, it } from "vitest";
import { factsCacheFrom, PRUNE_DAYS } from "../../src/discover/facts-cache.js";
import { FACTS_SCANNER, textFacts } from "../../src/discover/index.js";

const DAY = 86_400_000;
const now = new Date(Date.UTC(2026, 11, 7, 12));
const later = (days: number) => new Date(now.getTime() + days * DAY);
const facts = { afters: ["other/daily", "ingest"], names: ["nightly", "t1"] };

describe("factsCacheFrom", () => {
  it("keeps what was set across a write and a read", () => {
    const first = factsCacheFrom(undefined, now);
    expect(first.get("a1")).toBeUndefined();
    first.set("a1", facts);
    const text = first.serialize();
    expect(text).toBeDefined();
    const second = factsCacheFrom(text, now);
    expect(second.get("a1")).toEqual(facts);
    expect(second.get("b2")).toBeUndefined();
    expect(second.serialize()).toBeUndefined(); // read the same day: nothing to write
  });

  it.each([
    { name: "not JSON", text: "{" },
    { name: "another format", text: JSON.stringify({ format: 1, scanner: FACTS_SCANNER, facts: { a1: "0\t\t" } }) },
    { name: "another scanner", text: JSON.stringify({ format: 2, scanner: "after:", facts: { a1: "0\t\t" } }) },
    { name: "no facts", text: JSON.stringify({ format: 2, scanner: FACTS_SCANNER }) },
    { name: "null", text: "null" },
  ])("starts empty from a stored text that is $name", ({ text }) => {
    expect(factsCacheFrom(text, now).get("a1")).toBeUndefined();
  });

  it("skips malformed entries and keeps the rest", () => {
    const day = Math.floor(now.getTime() / DAY);
    const facts = { good: `${day}\tx z\ty`, empty: `${day}\t\t`, short: `${day}\tx`, long: `${day}\tx\ty\tz`, noDay: "d\t\t", spaces: `${day}\tx  z\t`, array: [day, ["x"], ["y"]] };
    const cache = factsCacheFrom(JSON.stringify({ format: 2, scanner: FACTS_SCANNER, facts }), now);
    expect(cache.get("good")).toEqual({ afters: ["x", "z"], names: ["y"] });
    expect(cache.get("empty")).toEqual({ afters: [], names: [] });
    for (const id of ["short", "long", "noDay", "spaces", "array"]) expect(cache.get(id), id).toBeUndefined();
  });

  it("asks to be written when an entry is used on a later day, and drops entries unused for PRUNE_DAYS", () => {
    const first = factsCacheFrom(undefined, now);
    first.set("used", facts);
    first.set("unused", facts);
    const text = first.serialize()!;
    const soon = factsCacheFrom(text, later(1));
    expect(soon.get("used")).toEqual(facts);
    const refreshed = soon.serialize();
    expect(refreshed).toBeDefined();
    const afterPrune = factsCacheFrom(refreshed, later(PRUNE_DAYS));
    afterPrune.set("new", facts);
    const pruned = factsCacheFrom(afterPrune.serialize(), later(PRUNE_DAYS));
    expect(pruned.get("used")).toEqual(facts); // last used PRUNE_DAYS − 1 days before
    expect(pruned.get("unused")).toBeUndefined(); // last used PRUNE_DAYS days before
    expect(pruned.get("new")).toEqual(facts);
  });
});

describe("textFacts", () => {
  it.each([
    { text: "spec:\n  triggers:\n    - after: other/daily\n", afters: ["other/daily"] },
    { text: 'spec: {triggers: [{"after": "bu/team/p"}]}\n', afters: ["bu/team/p"] },
    { text: "metadata:\n  name: nightly\nspec:\n  tasks:\n    - name: t1\n", afters: [] },
  ])("finds the references and names in $text", ({ text, afters }) => {
    const found = textFacts(new TextEncoder().encode(text));
    expect(found.afters).toEqual(afters);
    expect(found.names).toEqual([...text.matchAll(/\bname["']?\s*:\s*["']?([A-Za-z0-9._-]+)/g)].map((m) => m[1]));
  });
});
