// The fast reader is a shortcut, never a second opinion: wherever it does not give up, its value
// must be exactly what the `yaml` package composes (YAML 1.1, as check-manifests reads it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseManifests, resolvePlain11 } from "../../src/checker/yaml11.js";
import { BAIL, readFast as readFastWith } from "../../src/parse/fast/reader.js";
import { writeOptions, yamlValue } from "./yaml-arbitraries.js";
import { REPO_ROOT } from "../support/repo.js";
import { HAS_UPSTREAM, UPSTREAM_DIR } from "../validate/helpers.js";

const readFast = (text: string) => readFastWith(text, { resolve: resolvePlain11 });

/** What the `yaml` package gives for each document: its value, or BAIL when it reports an error. */
function reference(text: string): unknown[] {
  return parseManifests(text).map((doc) => {
    if (doc.errors.length > 0) return BAIL;
    try {
      return doc.toJS({ maxAliasCount: 100 }) ?? null;
    } catch {
      return BAIL;
    }
  });
}

/** Documents where the fast reader disagrees with the `yaml` package (empty when it never does). */
function disagreements(text: string): string[] {
  const fast = readFast(text);
  if (!fast) return [];
  const slow = reference(text);
  const out: string[] = [];
  for (const doc of fast) {
    if (doc.value === BAIL) continue;
    const expected = slow[doc.index];
    if (expected === BAIL || JSON.stringify(doc.value) !== JSON.stringify(expected ?? null)) out.push(`document ${doc.index}: ${JSON.stringify(doc.value)} ≠ ${JSON.stringify(expected)}`);
  }
  return out;
}

const read = (text: string): unknown[] => (readFast(text) ?? []).map((d) => d.value);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.(ya?ml|json)$/.test(name) ? [p] : [];
  });
}

describe("the fast reader agrees with the yaml package", () => {
  it.each<[string, string]>([
    ["comments and blank lines", "# head\na: 1 # one\n\n# mid\nb:   two   # two\n"],
    ["a hash inside a word", "a: x#y\nb: '#c'\nc: \"d # e\"\n"],
    ["YAML 1.1 scalars", "a: 0755\nb: yes\nc: on\nd: ~\ne: 1_000\nf: 0x1F\ng: .inf\nh: -.5\ni: 1e3\nj: NO\n"],
    ["what go-yaml v2 keeps as strings", "a: 2024-01-01\nb: 1:30\nc: 2001-12-14t21:59:43.10-05:00\nd: 0o17\n"],
    ["quoted scalars and keys", "\"a b\": 'it''s'\n'c': \"tab\\tnew\\nline \\u00e9 \\x41\"\n"],
    ["multi-line plain and quoted scalars", "a: one\n  two\n\n  three\nb: \"x\n  y\"\nc: 'p\n\n  q'\n"],
    ["a value on the next line", "a:\n  just text\nb:\n  - 1\n"],
    ["block scalars", "a: |\n  x\n    y\n\n  z\nb: |-\n  x\nc: >\n  folded\n  text\n\n  para\nd: >-\n  a\n    more\n  b\ne: |\n\n  lead\n"],
    ["block scalar with trailing spaces lines", "a: |\n  x\n   \n  y\nb: 1\n"],
    ["sequences", "a:\n- 1\n- two\nb:\n  - - x\n    - y\n  - k: v\n    l: w\n  -\n  - [1, 2]\n"],
    ["flow collections", "a: [a, \"b\", 'c', {d: 1, e: [f]}, -1, -x]\nb: {}\nc: []\nd: {a: , b: 2}\n"],
    ["multi-line flow collections", "args: [\n  \"a\",   # first\n  'b c',\n  d\n]\nx: {a: 1,\n  b: 2}\n"],
    ["documents", "---\na: 1\n---\n# only a comment\n---\n---\nb: 2\n...\n---\nc: 3\n"],
    ["CRLF line ends", "a: 1\r\nb:\r\n  - x\r\nc: |\r\n  y\r\n"],
    ["a byte-order mark", "\uFEFFa: 1\n"],
    ["tabs", "a:\tb\nc: d\te\n"],
    ["anchors, aliases, tags and merge keys", "a: &x {k: 1}\nb: *x\nc: !!str 1\nd:\n  <<: *x\n"],
    ["non-string and complex keys", "1: a\ntrue: b\nn: c\n? x\n: d\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["errors", "a: b: c\n  - x\n\"unclosed: 1\n"],
    ["a scalar document", "just a string\n---\n- a\n---\n42\n"],
    ["directives", "%YAML 1.1\n---\na: 1\n"],
    ["indentation mistakes", "a:\n  b: 1\n   c: 2\nd:\n    e: 1\n  f: 2\n"],
    ["a mapping entry after a sequence at its key's indentation", "a:\n- 1\nb: 2\n"],
  ])("%s", (_name, text) => {
    expect(disagreements(text)).toEqual([]);
  });

  it("on every upstream example, the sample tree and the test fixtures", () => {
    const dirs = [path.join(REPO_ROOT, "environments"), path.join(REPO_ROOT, "test"), ...(HAS_UPSTREAM ? [path.join(UPSTREAM_DIR, "examples")] : [])];
    const problems = dirs.flatMap(yamlFiles).flatMap((file) => disagreements(readFileSync(file, "utf8")).map((d) => `${path.relative(REPO_ROOT, file)} ${d}`));
    expect(problems).toEqual([]);
  });

  it.skipIf(!HAS_UPSTREAM)("reads nearly every upstream example document itself (the shortcut is taken)", () => {
    const docs = yamlFiles(path.join(UPSTREAM_DIR, "examples")).flatMap((file) => readFast(readFileSync(file, "utf8")) ?? []);
    const read = docs.filter((d) => d.value !== BAIL).length;
    expect(read / docs.length).toBeGreaterThan(0.95);
  });

  // Random values written by the yaml package in every style it has: whatever the fast reader
  // reads must be what the yaml package reads back.

  it("on random documents written by the yaml package", () => {
    let documents = 0;
    let taken = 0;
    fc.assert(
      fc.property(fc.array(yamlValue, { minLength: 1, maxLength: 3 }), writeOptions, (docs, o) => {
        const text = docs.map((d) => stringify(d, { ...o, version: "1.1" })).join("---\n");
        expect(disagreements(text)).toEqual([]);
        const fast = readFast(text) ?? [];
        documents += fast.length;
        taken += fast.filter((d) => d.value !== BAIL).length;
      }),
      { numRuns: 400 },
    );
    // Not a vacuous pass: most of these documents are read by the fast reader itself.
    expect(taken / documents).toBeGreaterThan(0.5);
  });
});

describe("the fast reader gives up rather than guess", () => {
  it.each<[string, string]>([
    ["an anchor", "a: &x 1\n"],
    ["a tag", "a: !!str 1\n"],
    ["a merge key", "a: {k: 1}\nb:\n  <<: {k: 2}\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a key YAML 1.1 reads as a boolean", "n: 1\n"],
    ["a syntax error", "a: b: c\n"],
    ["keep chomping", "a: |+\n  x\n\n"],
  ])("%s", (_name, text) => {
    expect(read(text)).toEqual([BAIL]);
  });

  it("leaves whole files with directives, document end markers, tabs in indentation or byte-order marks to the yaml package", () => {
    for (const text of ["%YAML 1.1\n---\na: 1\n", "a: 1\n...\n", "a:\n\t- 1\n", "\uFEFFa: 1\n"]) expect(readFast(text)).toBeUndefined();
  });

  it("counts documents as the yaml package does, empty ones included", () => {
    const text = "# licence\n---\na: 1\n---\n---\nb: 2\n";
    expect((readFast(text) ?? []).map((d) => [d.index, d.value, d.contentLine])).toEqual([[0, { a: 1 }, 3], [1, null, 5], [2, { b: 2 }, 6]]);
    expect(parseManifests(text)).toHaveLength(3);
  });
});
