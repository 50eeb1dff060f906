import { describe, expect, it } from "vitest";
import { hoistSharedSchemas } from "../../src/validate/import/hoist.js";
import type { JsonObject } from "../../src/validate/json.js";

const big = (tag: string): JsonObject => ({ type: "object", properties: { [tag]: { type: "string", pattern: `^${tag}{1,200}$`.repeat(8) } }, additionalProperties: false });

describe("hoistSharedSchemas", () => {
  const roots = new Map<string, JsonObject>([
    ["a.json", { type: "object", properties: { one: big("p"), two: big("p"), three: big("q") } }],
    ["b.json", { type: "object", properties: { inner: { type: "object", properties: { again: big("p") } } } }],
  ]);
  const result = hoistSharedSchemas(roots, new Map(), { minBytes: 64 });

  it("shares a sub-schema that occurs more than once, named after the field it was first met under", () => {
    expect([...result.defs.keys()]).toEqual([expect.stringMatching(/^one-[0-9a-f]{10}$/)]);
    const ref = { $ref: `pipeforge:defs/${[...result.defs.keys()][0]}` };
    expect(result.roots.get("a.json")?.properties).toEqual({ one: ref, two: ref, three: big("q") });
    expect(result.roots.get("b.json")).toEqual({ type: "object", properties: { inner: { type: "object", properties: { again: ref } } } });
  });

  it("is deterministic", () => {
    const again = hoistSharedSchemas(new Map([...roots].reverse()), new Map(), { minBytes: 64 });
    expect([...again.defs.keys()]).toEqual([...result.defs.keys()]);
    expect(JSON.stringify([...again.roots].sort())).toEqual(JSON.stringify([...result.roots].sort()));
  });

  it("keeps small and single-use sub-schemas inline, and reuses a named definition met inline", () => {
    const named = new Map([["meta", big("m")]]);
    const out = hoistSharedSchemas(new Map([["c.json", { properties: { metadata: big("m"), x: big("p") } }]]), named, { minBytes: 64 });
    expect(out.roots.get("c.json")).toEqual({ properties: { metadata: { $ref: "pipeforge:defs/meta" }, x: big("p") } });
    expect([...out.defs.keys()]).toEqual(["meta"]);
  });
});
