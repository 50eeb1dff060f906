// parseYamlFile takes an input file through the fast reader when it can: what it returns must be
// exactly what the `yaml` package path returns (parseWithYamlPackage) — values, document ranges,
// every node's positions and no findings — on real files, on tricky hand-written ones and on
// random documents with comments and blank lines sprinkled in.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseWithYamlPackage, type ParsedFile } from "../../src/parse/document.js";
import { parseYamlFile } from "../../src/parse/index.js";
import { BAIL, readFast } from "../../src/parse/fast/reader.js";
import { resolveCore } from "../../src/parse/fast/plain.js";
import { writeOptions, yamlValue } from "./yaml-arbitraries.js";
import { configureProperties, seeded } from "../property/seed.js";
import { REPO_ROOT } from "../support/repo.js";

configureProperties(400);

/** A ParsedFile as plain data (typed arrays as lists), for toEqual. */
const plain = (f: ParsedFile) => ({
  diagnostics: f.diagnostics,
  documents: f.documents.map((d) => ({ index: d.index, value: d.value, start: d.start, data: Array.from(d.positions?.data ?? []), key: d.positions?.key })),
});

/** Whether the fast reader takes the whole file (so that parseYamlFile's answer is its own). */
const takenFast = (text: string): boolean => {
  const docs = readFast(text, { resolve: resolveCore, positions: true });
  return docs !== undefined && docs.every((d) => d.value !== BAIL);
};

function expectSame(file: string, text: string): boolean {
  expect(plain(parseYamlFile(file, text)), `${file}:\n${text}`).toEqual(plain(parseWithYamlPackage(file, text)));
  return takenFast(text);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? (name === "node_modules" ? [] : yamlFiles(p)) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

describe(seeded("the fast path of parseYamlFile"), () => {
  it.each<[string, string]>([
    ["header comments, blank lines, no final line break", "# licence\n\n# more\nkind: Pipeline\nmetadata:\n  name: x\nspec: {a: 1}"],
    ["an indented root", "# h\n  k: v\n  l: w\n"],
    ["documents with markers and comments", "# h\n---\na: 1\n--- # second\nb:\n  - x\n---\n---\nc: 3\n"],
    ["comments between items at their indentation", "a:\n  b: 1\n  # c\n  d: 2\n# e\nf:\n  - 1\n  # g\n  - 2\n"],
    ["comments before nested collections", "a:\n  # c\n  b: 1\nd:  # e\n  - 1\n- # x\n"],
    ["comments where a collection ends", "a:\n  b: 1\n  # c\nd: 2\n"],
    ["comments at the end", "a:\n  b:\n    c: 1\n    # c\n  # d\n# e\n"],
    ["a more indented comment after a scalar", "- a\n  # c\n- b\n"],
    ["empty values", "a:\nb:   \nc: # x\nd:\n  -\n  - \n  - k:\ne: {x: , y: }\nf:\n"],
    ["empty values with whitespace-only lines", "a:\n   \nb: 1\nc:\n  d:\n    \n"],
    ["block scalars", "a: |\n  x\n\n  y\n\nb: >-\n  p\n  q\nc: |\n  z\nd: |-\n\n  lead\ne: |\nf: 1\n"],
    ["multi-line plain and quoted scalars", "a: one\n  two\n\n  three\nb: \"x\n  y\"  # c\nc: 'p\n\n  q'\nd: last\n"],
    ["flow collections", "a: [1, 'b', \"c\", {d: e, f: [g]}, ]  # t\nb: {}\nc: []\nd: {a: , b: 2}\ne: [x,\n  y]   # z\nf: {k:\n    v}\n"],
    ["a flow root", '{"a": [1, 2], "b": {"c": null}}\n'],
    ["sequences of sequences and mappings", "- - a\n  - b\n- k: v\n  l:\n    - m\n- [x]\n-\n  n: 1\n"],
    ["YAML 1.2 scalars", "a: yes\nb: on\nc: 0o17\nd: 0x1F\ne: .inf\nf: -.5\ng: 1e3\nh: ~\ni: Null\nj: 1_000\nk: 0755\nl: 2024-01-01\nm: 1:30\nn: TRUE\n"],
    ["quoted keys", "\"a b\": 1\n'c': 2\n\"d\":\n  e: 3\n"],
    ["CRLF", "a: 1\r\nb:\r\n  - x\r\n"],
    ["tabs after values", "a: 1\t# c\nb:\tc\n"],
    ["whatever the package objects to", "a: b: c\n  - x\n\"unclosed: 1\n"],
    ["duplicate and non-string keys", "a: 1\na: 2\n1: x\ntrue: y\n~: z\n"],
    ["anchors, aliases, tags, merge keys", "a: &x {k: 1}\nb: *x\nc: !!str 1\nd:\n  <<: *x\n"],
    ["an alias inside the node it names", "a: &x\n  b: *x\n"],
    ["an empty file and empty documents", "---\n---\n# only a comment\n"],
    ["a scalar document", "just text\n"],
  ])("%s", (_name, text) => {
    expectSame("case.yaml", text);
  });

  it("on every YAML file of the sample tree and the test fixtures, and takes nearly all of the sample tree", () => {
    const files = [...yamlFiles(path.join(REPO_ROOT, "environments")), ...yamlFiles(path.join(REPO_ROOT, "policies")), ...yamlFiles(path.join(REPO_ROOT, "templates")), ...yamlFiles(path.join(REPO_ROOT, "test"))];
    let taken = 0;
    let sample = 0;
    for (const file of files) {
      const fast = expectSame(path.relative(REPO_ROOT, file), readFileSync(file, "utf8"));
      if (!file.startsWith(path.join(REPO_ROOT, "test"))) {
        sample++;
        if (fast) taken++;
      }
    }
    expect(sample).toBeGreaterThan(10);
    expect(taken / sample).toBeGreaterThan(0.9);
  });

  // Random values in every style the yaml package writes, then comment lines, trailing comments,
  // blank and whitespace-only lines put in at random places.
  const insertion = fc.record({ at: fc.nat(), what: fc.constantFrom("comment", "trailing", "blank", "spaces"), indent: fc.nat({ max: 8 }) });

  function sprinkle(text: string, insertions: readonly { at: number; what: string; indent: number }[]): string {
    const lines = text.split("\n");
    for (const { at, what, indent } of insertions) {
      const k = at % (lines.length + 1);
      if (what === "trailing") {
        if (k < lines.length && lines[k] !== "") lines[k] += " # t";
      } else lines.splice(k, 0, what === "comment" ? `${" ".repeat(indent)}# c` : what === "spaces" ? " ".repeat(indent) : "");
    }
    return lines.join("\n");
  }

  it("on random documents with comments and blank lines", () => {
    let documents = 0;
    let fast = 0;
    fc.assert(
      fc.property(fc.array(yamlValue, { minLength: 1, maxLength: 3 }), writeOptions, fc.array(insertion, { maxLength: 4 }), (docs, o, insertions) => {
        const written = docs.map((d) => stringify(d, { ...o, version: "1.2" })).join("---\n");
        const text = sprinkle(written, insertions);
        documents++;
        if (expectSame("random.yaml", text)) fast++;
      }),
    );
    // Not a vacuous pass: the fast reader takes a good share of these files itself.
    expect(fast / documents).toBeGreaterThan(0.3);
  });
});
