import { describe, expect, it } from "vitest";
import { parseQuantity, quantityHint } from "../../src/units/index.js";

describe("parseQuantity", () => {
  it.each([
    { name: "plain integer", text: "2", value: 2 },
    { name: "millicores", text: "500m", value: 0.5 },
    { name: "512m is valid (half a byte for memory)", text: "512m", value: 0.512 },
    { name: "decimal fraction", text: "0.5", value: 0.5 },
    { name: "leading dot", text: ".5", value: 0.5 },
    { name: "trailing dot", text: "1.", value: 1 },
    { name: "plus sign", text: "+1", value: 1 },
    { name: "minus sign (grammatical)", text: "-1", value: -1 },
    { name: "mebibytes", text: "512Mi", value: 512 * 2 ** 20 },
    { name: "gibibytes", text: "1Gi", value: 2 ** 30 },
    { name: "kibibytes", text: "1Ki", value: 1024 },
    { name: "exbibytes", text: "1Ei", value: 2 ** 60 },
    { name: "fractional binary", text: "1.5Gi", value: 1.5 * 2 ** 30 },
    { name: "decimal kilo", text: "1k", value: 1000 },
    { name: "decimal mega", text: "128M", value: 128e6 },
    { name: "decimal exa", text: "1E", value: 1e18 },
    { name: "nano", text: "100n", value: 1e-7 },
    { name: "micro", text: "5u", value: 5e-6 },
    { name: "exponent", text: "1e3", value: 1000 },
    { name: "upper-case exponent", text: "1E3", value: 1000 },
    { name: "negative exponent", text: "5e-3", value: 0.005 },
    { name: "explicit positive exponent", text: "2e+2", value: 200 },
    { name: "zero", text: "0", value: 0 },
    { name: "YAML integer", text: 2, value: 2 },
    { name: "YAML float", text: 0.25, value: 0.25 },
  ])("accepts $name: $text", ({ text, value }) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value });
  });

  it.each([
    { name: "empty", text: "" },
    { name: "leading space", text: " 512Mi" },
    { name: "trailing space", text: "512Mi " },
    { name: "space before suffix", text: "512 Mi" },
    { name: "lower-case binary suffix", text: "512mi" },
    { name: "upper-case K", text: "1K" },
    { name: "byte suffix", text: "512MB" },
    { name: "JVM style", text: "1g" },
    { name: "no number", text: "Mi" },
    { name: "dot only", text: "." },
    { name: "sign only", text: "+" },
    { name: "two dots", text: "1.2.3" },
    { name: "fractional exponent", text: "1e1.5" },
    { name: "bare exponent letter", text: "1e" },
    { name: "infinite YAML number", text: Number.POSITIVE_INFINITY },
    { name: "NaN", text: Number.NaN },
  ])("rejects $name: '$text'", ({ text }) => {
    expect(parseQuantity(text).ok).toBe(false);
  });
});

describe("quantityHint", () => {
  it.each([
    { name: "memory in millibytes", resource: "memory", text: "512m" },
    { name: "memory as bare bytes", resource: "memory", text: "512" },
    { name: "memory as YAML number", resource: "memory", text: 512 },
    { name: "memory with MB", resource: "memory", text: "512MB" },
    { name: "memory with lower-case mi", resource: "memory", text: "512mi" },
    { name: "memory with JVM g", resource: "memory", text: "1g" },
    { name: "memory with upper-case K", resource: "memory", text: "1K" },
    { name: "cpu in Gi", resource: "cpu", text: "1Gi" },
    { name: "cpu in Mi", resource: "cpu", text: "500Mi" },
    { name: "cpu in decimal mega", resource: "cpu", text: "1M" },
    { name: "cpu with byte unit", resource: "cpu", text: "1GB" },
    { name: "cpu as a large bare count", resource: "cpu", text: "500" },
    { name: "cpu as a large YAML number", resource: "cpu", text: 250 },
    { name: "memory with surrounding spaces", resource: "memory", text: " 512Mi" },
    { name: "cpu with surrounding spaces", resource: "cpu", text: "500m " },
  ] as const)("hints for $name", ({ resource, text }) => {
    const hint = quantityHint(resource, text);
    expect(hint).toBeTypeOf("string");
    expect(hint).not.toBe("");
  });

  it("suggests Mi for memory in millibytes", () => {
    expect(quantityHint("memory", "512m")).toContain("512Mi");
  });

  it.each([
    { name: "memory in Mi", resource: "memory", text: "512Mi" },
    { name: "memory in Gi", resource: "memory", text: "4Gi" },
    { name: "memory in decimal M", resource: "memory", text: "512M" },
    { name: "memory as large bare bytes", resource: "memory", text: "1073741824" },
    { name: "cpu in millicores", resource: "cpu", text: "500m" },
    { name: "cpu whole cores", resource: "cpu", text: "2" },
    { name: "cpu fraction", resource: "cpu", text: "0.5" },
    { name: "cpu as YAML number", resource: "cpu", text: 4 },
    { name: "unparseable without a recognisable mistake", resource: "memory", text: "lots" },
  ] as const)("says nothing for $name", ({ resource, text }) => {
    expect(quantityHint(resource, text)).toBeUndefined();
  });
});
