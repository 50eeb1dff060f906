// Every built-in rule, table-driven: passing and failing cases by code and line:column.
import { describe, expect, it } from "vitest";
import { compileFiles, sortFindings, withBase } from "../diagnostics/repo.js";
import { builtinRules } from "../../src/policy/index.js";
import { ruleCases } from "./cases-rules.js";

describe("built-in rules", () => {
  it.each(ruleCases)("$code: $name", async (c) => {
    const { findings } = await compileFiles(withBase(c.files, c.remove));
    expect(sortFindings(findings)).toEqual(sortFindings(c.expected));
  });

  it.each(builtinRules.map((r) => r.code))("%s has a passing and a failing case", (code) => {
    const own = ruleCases.filter((c) => c.code === code);
    expect(own.some((c) => c.expected.length === 0)).toBe(true);
    expect(own.some((c) => c.expected.some((f) => f.code === code))).toBe(true);
  });
});
