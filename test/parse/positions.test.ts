// locate() over the compact positions gives what it gives over the yaml Document
// (composed from the same text as parseYamlFile composes it), for every path into
// a document and for paths that leave it; parseYamlFile keeps no Document.
import fc from "fast-check";
import { parseAllDocuments, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { locate, parseYamlFile, type JsonPath, type ParsedDocument } from "../../src/parse/index.js";
import { configureProperties, seeded } from "../property/seed.js";
import { sampleFiles } from "../support/repo.js";

configureProperties(300);

/** Every path into `value`, and one step off each (a missing key, an index past the end, a key into a scalar). */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix, [...prefix, "missing"], [...prefix, 99], [...prefix, 0]);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** The same text composed as parseYamlFile composes it, Documents kept. */
const documentsOf = (text: string) => parseAllDocuments(text, { uniqueKeys: false, version: "1.2", strict: true });

function expectSameAnswers(parsed: ParsedDocument, text: string, extraPaths: JsonPath[] = []): void {
  expect(parsed.positions).toBeDefined();
  expect(parsed.doc).toBeUndefined();
  const doc = documentsOf(text)[parsed.index];
  expect(doc).toBeDefined();
  const overDocument: ParsedDocument = { file: parsed.file, index: parsed.index, doc, value: parsed.value, start: parsed.start };
  for (const path of [...pathsOf(parsed.value), ...extraPaths]) {
    for (const prefer of ["value", "key"] as const) expect(locate(parsed, path, prefer)).toEqual(locate(overDocument, path, prefer));
  }
}

describe(seeded("positions"), () => {
  it("answer as the Document does on every file of the sample repository", () => {
    for (const [file, text] of Object.entries(sampleFiles())) {
      if (!/\.ya?ml$/.test(file)) continue;
      for (const parsed of parseYamlFile(file, text).documents) expectSameAnswers(parsed, text);
    }
  });

  it("answer as the Document does on generated documents, block and flow", () => {
    const key = fc.oneof(fc.constantFrom("a", "b", "1", "0", "true", "x y"), fc.string({ maxLength: 4 }));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), tie("list"), tie("map")),
      list: fc.array(tie("value"), { maxLength: 4 }),
      map: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    })).value;
    fc.assert(
      fc.property(json, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: "flow" } : {});
        for (const parsed of parseYamlFile("g.yaml", text).documents) expectSameAnswers(parsed, text);
      }),
    );
  });

  it("answer as the Document does where it is odd: empty values, aliases, duplicate and non-string keys, several documents", () => {
    const text = ["a:\nb: &x {c: 1}\nd: *x\n1: one\n", "list: [1, , {k: }]\nk: 1\nk: 2\n", "- [a: 1]\n- ? [x]\n  : y\n", ""].join("---\n");
    const docs = parseYamlFile("odd.yaml", text).documents;
    expect(docs.length).toBeGreaterThanOrEqual(3);
    const extra: JsonPath[] = [["a"], ["d", "c"], [1], ["1"], ["list", 2, "k"], ["list", 1], ["k"], [0, 0, "a"], [1, "x"], [-1], [0.5]];
    for (const parsed of docs) expectSameAnswers(parsed, text, extra);
  });
});
