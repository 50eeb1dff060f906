// The direct YAML writer: what it writes must read back as the same data with
// the `yaml` parser as YAML 1.1 (Kubernetes' go-yaml) and as YAML 1.2, for any
// JSON value; and for the shapes manifests have, its text is the `yaml`
// library's text.
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { serializeManifest } from "../../src/emit/index.js";
import { writeYaml } from "../../src/emit/yaml-writer.js";
import { configureProperties, seeded } from "../property/seed.js";

configureProperties(400);

const LIBRARY = { version: "1.1", lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

// Strings built from pieces that matter to YAML: indicators, breaks, spaces, digits, words readers resolve.
const piece = fc.constantFrom(
  ...["a", "Z", "0", "1", "7", "9", "_", ".", ":", "-", "+", "?", "#", " ", "\t", "\n", "\r", "'", '"', "\\", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "e", "x", "b", "o"],
  ...["yes", "no", "on", "off", "y", "n", "true", "False", "null", "~", "NULL", ".inf", ".NaN", "<<", "=", "0x1F", "0o17", "0b10", "1:30", "2024-01-01", "---", "..."],
  ...["\u0000", "\u0007", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\uffff", "\u00e9", "\ud83d\ude00", "\ud800"],
);
const yamlishString = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
const anyString = fc.oneof(yamlishString, fc.string(), fc.string({ unit: "grapheme" }));
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -0, 1e21, 2 ** 53));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, anyString, number, fc.boolean(), fc.constant(null), tie("list"), tie("map")),
  list: fc.array(tie("value"), { maxLength: 4 }),
  map: fc.dictionary(anyString, tie("value"), { maxKeys: 4 }),
})).value;

/** What a reader must get back: JSON's view of the value (NaN and infinities kept, -0 as -0). */
const readBack = (text: string, version: "1.1" | "1.2") => parse(text, { version, uniqueKeys: true, merge: false });

describe(seeded("writeYaml"), () => {
  it("writes text that YAML 1.1 and 1.2 readers read as the same data", () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = writeYaml(value);
        expect(text).toBeDefined();
        expect(readBack(text!, "1.1")).toEqual(value);
        expect(readBack(text!, "1.2")).toEqual(value);
      }),
    );
  });

  it("writes the yaml library's text for manifest-like data", () => {
    const identifier = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
    const text = fc.oneof(identifier, fc.constantFrom("set -e\necho hi\n", "a\n\nb", "#!/bin/sh\nexit 0", "x\n", "-Xmx4g", "s3a://bucket/path", "1.2.3", "a b c", '{"k":"{{x}}"}', "it's", 'say "hi"', "both ' and \""));
    const manifest = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.boolean(), fc.constant(null), tie("list"), tie("map")),
      list: fc.array(tie("value"), { maxLength: 3 }),
      map: fc.dictionary(identifier, tie("value"), { maxKeys: 4 }),
    })).map;
    fc.assert(
      fc.property(manifest, (value) => {
        expect(writeYaml(value)).toBe(stringify(value, LIBRARY));
      }),
    );
  });

  it.each([
    ["nested collections", { a: [1, [2, 3], { b: 1, c: [] }, [], {}], m: {}, s: [] }],
    ["literal blocks and their chomping", { strip: "a\nb", clip: "a\nb\n", keep: "a\n\n", lead: "  x\ny", first: "\nz", list: ["l1\nl2\n", ["x\n\ny"]] }],
    ["quote styles", { json: '{"a":"b"}', single: "it's", both: `'"` }],
    ["quoted keys", { "1": 1, yes: 2, "": 3, "a: b": 4, "x\ny": 5, "-": 6, "a b": 7 }],
    ["numbers", { f: 1.5, big: 1e21, neg: -0, inf: Number.POSITIVE_INFINITY, ninf: Number.NEGATIVE_INFINITY, nan: Number.NaN, n: null, t: true }],
  ])("matches the yaml library on %s", (_title, value) => {
    expect(writeYaml(value)).toBe(stringify(value, LIBRARY));
  });

  it.each([
    ["a Date", { when: new Date(0) }],
    ["a Map", { m: new Map([["a", 1]]) }],
    ["a class instance", { x: new (class Thing {})() }],
    ["a key longer than an implicit key may be", { ["k".repeat(1100)]: 1 }],
  ])("leaves %s to the yaml library", (_title, value) => {
    expect(writeYaml(value)).toBeUndefined();
    expect(() => serializeManifest(value)).not.toThrow();
  });

  it("escapes NEL, LS and PS, which YAML 1.1 reads as line breaks", () => {
    expect(writeYaml({ s: "a\u0085b\u2028c\u2029d" })).toBe('s: "a\\Nb\\Lc\\Pd"\n');
  });
});
