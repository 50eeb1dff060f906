// Generated code made ASCII (bundle, precompiled validators and templates) must mean exactly what
// it meant: each case is evaluated before and after, and compared.
import { describe, expect, it } from "vitest";
import { asciiSource } from "../../src/util/ascii-source.js";

const run = (code: string): unknown => new Function(`"use strict"; return (${code});`)();

describe("asciiSource", () => {
  it.each([
    ["a string literal", `"durée: 5µs"`],
    ["a template literal", "`café ${1 + 1} ☕`"],
    ["a regular expression literal", `[/^\\d+µs$/.test("12µs"), /^\\d+µs$/.test("12us")]`],
    ["a regular expression with the u flag and an astral character", `[/^[😀-😂]$/u.test("😁"), /^.$/u.test("😀")]`],
    ["a regular expression built from a string", `new RegExp("^[à-ÿ]+$", "u").test("éèê")`],
    ["an identity escape in a string", `"\\é\\\\é"`],
    ["an identity escape in a regular expression", `/^\\µ$/.test("µ")`],
    ["an identifier", `(() => { const naïve = 3; return naïve * 2; })()`],
    ["ASCII control characters, left as they are", `"\u0002\u001f".length`],
    ["a line separator inside a string", `"a\u2028b".length`],
  ])("keeps the meaning of %s", (_, code) => {
    const ascii = asciiSource(code);
    expect(/^[\0-\x7f]*$/.test(ascii)).toBe(true);
    expect(run(ascii)).toEqual(run(code));
  });

  it("leaves ASCII code untouched", () => {
    const code = `const a = "x\\u00e9"; // plain\n/\\d+/.test(a);`;
    expect(asciiSource(code)).toBe(code);
  });

  it("escapes per UTF-16 code unit", () => {
    expect(asciiSource(`"😀é"`)).toBe(`"\\ud83d\\ude00\\u00e9"`);
  });
});
