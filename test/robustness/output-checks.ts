// What every successful compile's output must satisfy, whatever the input:
// the YAML stream reads back (as YAML 1.2 and as YAML 1.1, the way kubectl
// and Argo CD read it) as exactly the emitted objects, one document each.
import { parse, parseAllDocuments } from "yaml";
import { expect } from "vitest";
import { serializeStream, type Manifest } from "../../src/emit/index.js";
import type { JsonPath } from "../../src/parse/index.js";

/**
 * Line breaks in YAML 1.1 that JavaScript and YAML 1.2 treat as ordinary
 * characters: libyaml-based readers (kubectl, Argo CD) split or fold a
 * scalar there, so the output must carry them escaped (\N, \L, \P).
 */
const YAML11_BREAKS = /[\u0085\u2028\u2029]/u;

export function expectStreamRoundTrips(manifests: readonly Manifest[]): void {
  const text = serializeStream(manifests.map((m) => m.value));
  for (const version of ["1.2", "1.1"] as const) {
    const docs = parseAllDocuments(text, { version, uniqueKeys: true });
    expect(docs.length, `YAML ${version} document count`).toBe(manifests.length);
    docs.forEach((doc, i) => {
      expect(doc.errors, `YAML ${version} errors in document ${i}`).toEqual([]);
      expect(doc.toJS({ maxAliasCount: -1 }), `YAML ${version} reading of ${manifests[i]?.kind} ${manifests[i]?.name}`).toEqual(manifests[i]?.value);
    });
  }
  const raw = YAML11_BREAKS.exec(text);
  expect(raw === null ? undefined : `raw U+${raw[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")} near ${JSON.stringify(text.slice(Math.max(0, raw.index - 40), raw.index + 10))}`, "unescaped YAML 1.1 line break in the output").toBeUndefined();
}

/** The value at `path` in an object; a string met before the path ends is an embedded manifest and is parsed. */
export function valueAtPath(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const seg of path) {
    if (typeof v === "string") v = parse(v, { version: "1.1" });
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export interface CarriedValue {
  readonly kind: string;
  readonly name: string;
  readonly path: JsonPath;
  readonly value: unknown;
}

/** The value is in the emitted object, and in what a YAML 1.1 reader makes of its serialisation. */
export function expectCarried(manifests: readonly Manifest[], c: CarriedValue): void {
  const m = manifests.find((x) => x.kind === c.kind && x.name === c.name);
  expect(m, `${c.kind} ${c.name} emitted`).toBeDefined();
  if (!m) return;
  const where = `${c.kind} ${c.name} at ${c.path.join(".")}`;
  expect(valueAtPath(m.value, c.path), where).toEqual(c.value);
  const reread = parse(serializeStream([m.value]).replace(/^---\n/, ""), { version: "1.1" }) as unknown;
  expect(valueAtPath(reread, c.path), `${where}, read back as YAML 1.1`).toEqual(c.value);
}
