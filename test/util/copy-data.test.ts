// copyData stands in for structuredClone on parsed data: same result, no shared objects.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyData } from "../../src/util/json.js";
import { configureProperties, seeded } from "../property/seed.js";

configureProperties(300);

describe(seeded("copyData"), () => {
  it("gives what structuredClone gives for JSON data, sharing no object with the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = copyData(value);
        expect(copy).toStrictEqual(structuredClone(value));
        if (typeof value === "object" && value !== null) expect(copy).not.toBe(value);
      }),
    );
  });

  it("keeps a __proto__ key as data, and copies nested objects", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": {"b": [1, {"c": 2}]}}') as Record<string, unknown>;
    const copy = copyData(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    (copy.a as { b: unknown[] }).b.push(3);
    expect((value.a as { b: unknown[] }).b).toHaveLength(2);
  });

  it("hands anything but plain objects and arrays to structuredClone", () => {
    const when = new Date(0);
    const copy = copyData({ when });
    expect(copy.when).toBeInstanceOf(Date);
    expect(copy.when).not.toBe(when);
  });
});
