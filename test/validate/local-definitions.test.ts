// Which sub-schemas the precompiled code puts in functions of their own (local-definitions.ts).
import { describe, expect, it } from "vitest";
import { withLocalDefinitions } from "../../src/validate/precompiled/local-definitions.js";

/** An object schema of `n` string fields: 20 make about 880 bytes of JSON. */
const big = (n: number) => ({ type: "object", properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`field${i}`, { type: "string", maxLength: 63 }])) });

describe("withLocalDefinitions", () => {
  it("moves large sub-schemas under properties, items and additionalProperties into definitions, innermost first", () => {
    const schema = { type: "object", properties: { spec: { type: "object", properties: { webhook: big(20), small: { type: "string" } } }, list: { type: "array", items: big(20) }, map: { type: "object", additionalProperties: big(20) } } };
    const out = withLocalDefinitions(schema, 400);
    // spec is small once webhook has moved out: it stays inline.
    expect(out.properties).toEqual({
      spec: { type: "object", properties: { webhook: { $ref: "#/definitions/pf-webhook" }, small: { type: "string" } } },
      list: { type: "array", items: { $ref: "#/definitions/pf-items" } },
      map: { type: "object", additionalProperties: { $ref: "#/definitions/pf-additionalProperties" } },
    });
    expect(out.definitions).toEqual({ "pf-webhook": big(20), "pf-items": big(20), "pf-additionalProperties": big(20) });
    // A sub-schema still large after its own parts moved moves too.
    const nested = withLocalDefinitions({ type: "object", properties: { spec: { type: "object", properties: { a: big(20), b: big(6), c: big(6) } } } }, 400);
    expect(nested.properties).toEqual({ spec: { $ref: "#/definitions/pf-spec" } });
    expect((nested.definitions as Record<string, unknown>)["pf-spec"]).toEqual({ type: "object", properties: { a: { $ref: "#/definitions/pf-a" }, b: big(6), c: big(6) } });
  });

  it("moves nothing out of anyOf, oneOf, allOf or not branches (a schema holding one may move whole)", () => {
    const schema = { type: "object", properties: { either: { anyOf: [big(20), { type: "null" }] }, all: { allOf: [big(20)] }, never: { not: big(20) }, ref: { $ref: "pipeforge:defs/objectmeta" }, tiny: { type: "integer" } } };
    const out = withLocalDefinitions(schema, 400);
    const defs = out.definitions as Record<string, unknown>;
    expect(out.properties).toEqual({ either: { $ref: "#/definitions/pf-either" }, all: { $ref: "#/definitions/pf-all" }, never: { $ref: "#/definitions/pf-never" }, ref: { $ref: "pipeforge:defs/objectmeta" }, tiny: { type: "integer" } });
    expect(defs).toEqual({ "pf-either": { anyOf: [big(20), { type: "null" }] }, "pf-all": { allOf: [big(20)] }, "pf-never": { not: big(20) } });
  });

  it("returns a schema with nothing large as it is", () => {
    const schema = { type: "object", properties: { a: big(3), b: { type: "array", items: { type: "string" } } } };
    expect(withLocalDefinitions(schema, 400)).toBe(schema);
  });

  it("keeps the definitions a schema has, and never reuses their names", () => {
    const schema = { definitions: { "pf-a": { type: "string" } }, type: "object", properties: { a: big(20), b: { type: "object", properties: { a: big(21) } } } };
    const out = withLocalDefinitions(schema, 400);
    expect(out.definitions).toEqual({ "pf-a": { type: "string" }, "pf-a-2": big(20), "pf-a-3": big(21) });
    expect(out.properties).toEqual({ a: { $ref: "#/definitions/pf-a-2" }, b: { type: "object", properties: { a: { $ref: "#/definitions/pf-a-3" } } } });
  });
});
