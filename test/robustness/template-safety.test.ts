// Template safety for every string field of every kind (issue 6, part 3).
// The rich repository sets each field to a benign value of its own; each test
// swaps one field's value for a hostile one of the same grammar and compiles.
// The manifests must have exactly the benign structure (same kinds, counts,
// keys and list lengths) and carry the hostile value verbatim wherever the
// benign one appeared; the YAML text must read back as those objects.
import { describe, expect, it } from "vitest";
import { compile, type CompileResult } from "../../src/compile.js";
import type { Manifest } from "../../src/emit/index.js";
import { createMemoryHost } from "../../src/host/index.js";
import { findings } from "../support/repo.js";
import { expectStreamRoundTrips } from "./output-checks.js";
import { renamed, richRepo, type Field } from "./rich-repo.js";
import { grammars, stringFields, UNTESTABLE } from "./template-fields.js";

const rich = richRepo();
const compileWith = (from: string, to: string): Promise<CompileResult> => compile(createMemoryHost(renamed(rich.docs, from, to)));
const basePromise = compileWith("\u0000unused", "");

/** The object with embedded manifests (Argo resource templates) replaced by the objects they hold. */
function inflated(m: Manifest): unknown {
  const copy = structuredClone(m.value) as Record<string | number, unknown>;
  for (const e of m.embedded) {
    let node: Record<string | number, unknown> = copy;
    e.path.slice(0, -1).forEach((seg) => (node = node[seg] as Record<string | number, unknown>));
    node[e.path[e.path.length - 1]!] = e.value;
  }
  return copy;
}

/** A canonical form: lists as sorted multisets (names may sort differently), `leaf` for scalars, `key` for keys. */
function canonical(v: unknown, leaf: (s: unknown) => unknown, key: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => canonical(x, leaf, key)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === "object") return Object.entries(v).map(([k, x]) => [key(k), canonical(x, leaf, key)]).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return leaf(v);
}

const containsValue = (v: unknown, s: string): boolean => JSON.stringify(v).includes(JSON.stringify(s).slice(1, -1));

describe("the rich repository", () => {
  it("sets every string field of every kind, each to a value of its own grammar", async () => {
    expect(rich.unclassified, "string fields without a grammar in template-fields.ts").toEqual([]);
    expect(rich.untestable).toEqual(Object.keys(UNTESTABLE));
    expect(rich.fields.length + rich.untestable.length).toBe(stringFields().length);
    const base = await basePromise;
    expect(findings(base)).toEqual([]);
  });

  it("uses values no other value contains, so a swap touches one field (or a name and what names it)", () => {
    const values = [...new Set(rich.fields.map((f) => f.value))];
    for (const a of values) for (const b of values) if (a !== b) expect(b.includes(a), `${JSON.stringify(a)} inside ${JSON.stringify(b)}`).toBe(false);
  });
});

const cases = rich.fields.flatMap((field) => grammars[field.grammar].hostile.map((hostile) => ({ ...field, hostile })));

describe("hostile values in every string field", () => {
  it.each(cases)("$schemaPath ($grammar) = $hostile", async (c: Field & { hostile: string }) => {
    const [base, result] = await Promise.all([basePromise, compileWith(c.value, c.hostile)]);
    expect(findings(result)).toEqual([]);
    expectStreamRoundTrips(result.manifests);
    const kinds = (list: readonly Manifest[]) => list.map((m) => m.kind).sort();
    expect(kinds(result.manifests)).toEqual(kinds(base.manifests));
    const swap = (s: string) => s.split(c.value).join(c.hostile);
    const emitted = base.manifests.some((m) => containsValue(inflated(m), c.value));
    if (emitted) expect(result.manifests.some((m) => containsValue(inflated(m), c.hostile)), "the hostile value appears verbatim").toBe(true);
    if (emitted && !grammars[c.grammar].derived) {
      // Verbatim: each object has the hostile value exactly where the benign one was, and is otherwise unchanged.
      const id = (m: Manifest) => `${m.kind} ${m.path}`;
      expect(result.manifests.map(id).sort()).toEqual(base.manifests.map((m) => swap(id(m))).sort());
      const hostileById = new Map(result.manifests.map((m) => [id(m), m]));
      const swapLeaf = (v: unknown) => (typeof v === "string" ? swap(v) : v);
      for (const b of base.manifests) {
        const h = hostileById.get(swap(id(b)));
        expect(canonical(inflated(h!), (v) => v, (k) => k), id(b)).toEqual(canonical(inflated(b), swapLeaf, swap));
      }
    } else {
      // Transformed (a duration into seconds, an endpoint or a namespace pattern into names) or not emitted: the same shapes.
      const key = grammars[c.grammar].derived ? () => "<key>" : (k: string) => k;
      const shapes = (list: readonly Manifest[]) => canonical(list.map(inflated), (v) => typeof v, key);
      expect(shapes(result.manifests)).toEqual(shapes(base.manifests));
    }
  });
});
