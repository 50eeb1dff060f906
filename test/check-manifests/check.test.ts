// The checker as a library (in-process, one thread): edge cases of reading and counting.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles, checkSources, expandInputs, kindMatcher, MIN_BYTES_PER_THREAD, planThreads, type CheckOptions } from "../../src/checker/index.js";

const OPTIONS: CheckOptions = { strict: false, argoWorkflows: "4", schemaLocations: [], ignoreMissingSchemas: false, skip: [], reject: [] };
const temp = mkdtempSync(path.join(tmpdir(), "pipeforge-checker-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n";
const findings = (text: string, options: Partial<CheckOptions> = {}) =>
  checkSources([{ file: "f.yaml", text }], { ...OPTIONS, ...options }).resources.flatMap((r) => r.findings.map((f) => `${f.code} ${f.line}:${f.column}`));

describe("reading", () => {
  it("empty documents (a trailing ---, comments only, --- after ---) are no resources", () => {
    const report = checkSources([{ file: "f.yaml", text: `# head\n---\n${CONFIG_MAP}---\n# nothing\n---\n---\n${CONFIG_MAP}---\n` }], OPTIONS);
    expect(report.resources.map((r) => [r.index, r.line, r.status])).toEqual([[0, 3, "valid"], [3, 11, "valid"]]);
  });

  it("a JSON file is YAML too", () => {
    expect(findings(JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { a: 1 } }, null, 2))).toEqual(["MAN001 8:10"]);
  });

  it("places findings in files the fast reader leaves to the yaml package (tabs, directives) as in the others", () => {
    const invalid = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: 1\n";
    expect(findings(invalid)).toEqual(["MAN001 5:6"]);
    expect(findings(`%YAML 1.1\n---\n${invalid}`)).toEqual(["MAN001 7:6"]);
    expect(findings(`${invalid}  b: "x\ty"\n`)).toEqual(["MAN001 5:6"]);
  });

  it("refuses collections nested deeper than 500 levels with one finding at the same place every time", () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata: {a: ${"[".repeat(5000)}${"]".repeat(5000)}}\n`;
    const first = findings(deep);
    expect(first).toEqual(["YAML001 4:509"]);
    expect(findings(deep)).toEqual(first);
  });

  it("reports a file that is not UTF-8 (YAML005) and carries on", async () => {
    writeFileSync(path.join(temp, "latin1.yaml"), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(path.join(temp, "ok.yaml"), CONFIG_MAP);
    const report = await checkFiles({ files: expandInputs([temp], temp), options: OPTIONS, threads: 1, cwd: temp });
    expect(report.resources.map((r) => [r.file, r.status, r.findings.map((f) => f.code)])).toEqual([
      [`${temp}/latin1.yaml`, "error", ["YAML005"]],
      [`${temp}/ok.yaml`, "valid", []],
    ]);
  });
});

describe("kind: List", () => {
  const list = (items: string) => `apiVersion: v1\nkind: List\nmetadata: {}\nitems:\n${items}`;
  const item = (name: string, data: string) => `  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: ${name}}\n    data: {${data}}\n`;
  const results = (text: string, options: Partial<CheckOptions> = {}) =>
    checkSources([{ file: "f.yaml", text }], { ...OPTIONS, ...options }).resources.map((r) => [r.kind, r.name, r.line, r.status, r.findings.map((f) => `${f.code} ${f.line}:${f.column} ${f.path} ${f.pointer}`)]);

  it("checks each item as a resource of its own, placing findings in the document, as kubeconform splits Lists", () => {
    expect(results(list(item("good", "a: b") + item("bad", "a: 1")))).toEqual([
      ["ConfigMap", "good", 5, "valid", []],
      ["ConfigMap", "bad", 9, "invalid", ["MAN001 12:15 items[1].data.a /items/1/data/a"]],
    ]);
  });

  it("counts an empty List as no resource, in any case of the kind and any apiVersion", () => {
    expect(results("apiVersion: v1\nkind: List\nitems: []\n")).toEqual([]);
    expect(results(`apiVersion: example.com/v1\nkind: list\nitems:\n${item("c", "a: b")}`)).toEqual([["ConfigMap", "c", 4, "valid", []]]);
  });

  it("applies --skip and --reject to the items' kinds", () => {
    expect(results(list(item("c", "a: 1")), { skip: ["ConfigMap"] })).toEqual([["ConfigMap", "c", 5, "skipped", []]]);
    expect(results(list(item("c", "a: b")), { reject: ["ConfigMap"] })).toEqual([["ConfigMap", "c", 5, "error", ["MAN003 6:11 items[0].kind /items/0/kind"]]]);
  });

  it("reports an item that is no object, and items that are no list (MAN006)", () => {
    expect(results(list("  - just text\n"))).toEqual([[undefined, undefined, 5, "error", ["MAN006 5:5 items[0] /items/0"]]]);
    expect(results("apiVersion: v1\nkind: List\nitems: {a: 1}\n")).toEqual([["List", undefined, 1, "error", ["MAN006 3:8 items /items"]]]);
    expect(results("apiVersion: v1\nkind: List\n")).toEqual([["List", undefined, 1, "error", ["MAN006 1:1  "]]]);
  });

  it("keeps the document's own findings (a duplicate key) on its first item", () => {
    expect(results(`apiVersion: v1\nkind: List\nkind: List\nitems:\n${item("c", "a: b")}`)).toEqual([["ConfigMap", "c", 5, "valid", ["YAML002 3:1  "]]]);
  });
});

describe("options", () => {
  it("matches kinds by Kind or apiVersion/Kind", () => {
    const match = kindMatcher(["Deployment", "v1/ConfigMap", " "]);
    expect([match("apps/v1", "Deployment"), match("v1", "ConfigMap"), match("example.com/v1", "ConfigMap"), match("v1", "Secret")]).toEqual([true, true, false, false]);
  });

  it("keeps small inputs on one thread, and shares large ones up to the threads asked for", () => {
    writeFileSync(path.join(temp, "small.yaml"), CONFIG_MAP);
    for (const name of ["large-1.yaml", "large-2.yaml"]) {
      writeFileSync(path.join(temp, name), CONFIG_MAP);
      truncateSync(path.join(temp, name), MIN_BYTES_PER_THREAD);
    }
    expect(planThreads(2, ["small.yaml"], temp)).toBe(1);
    expect(planThreads(2, ["small.yaml", "small.yaml"], temp)).toBe(1);
    expect(planThreads(2, ["large-1.yaml", "large-2.yaml"], temp)).toBe(2);
    expect(planThreads(1, ["large-1.yaml", "large-2.yaml"], temp)).toBe(1);
  });
});
