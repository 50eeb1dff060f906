import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/units/index.js";

describe("parseDuration", () => {
  it.each([
    { name: "seconds", text: "30s", seconds: 30 },
    { name: "zero with unit", text: "0s", seconds: 0 },
    { name: "hours and minutes", text: "1h30m", seconds: 5400 },
    { name: "hours", text: "2h", seconds: 7200 },
    { name: "milliseconds", text: "500ms", seconds: 0.5 },
    { name: "microseconds", text: "250us", seconds: 0.00025 },
    { name: "micro sign", text: "1\u00b5s", seconds: 0.000001 },
    { name: "greek mu", text: "1\u03bcs", seconds: 0.000001 },
    { name: "nanoseconds", text: "1500000000ns", seconds: 1.5 },
    { name: "fraction, valid in Go", text: "1.5h", seconds: 5400 },
    { name: "leading dot fraction", text: ".5h", seconds: 1800 },
    { name: "trailing dot", text: "1.h", seconds: 3600 },
    { name: "repeated unit sums, as in Go", text: "1h1h", seconds: 7200 },
    { name: "units out of order, as in Go", text: "30m1h", seconds: 5400 },
    { name: "days (spec extension)", text: "1d", seconds: 86400 },
    { name: "days and hours", text: "1d12h", seconds: 129600 },
    { name: "explicit plus sign", text: "+5m", seconds: 300 },
  ])("accepts $name: $text", ({ text, seconds }) => {
    expect(parseDuration(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    { name: "empty", text: "" },
    { name: "negative", text: "-1h" },
    { name: "bare number", text: "30" },
    { name: "bare zero (Go accepts it, our specs do not)", text: "0" },
    { name: "bare fraction", text: "1.5" },
    { name: "unknown unit", text: "5x" },
    { name: "word unit", text: "5min" },
    { name: "upper-case unit", text: "1H" },
    { name: "upper-case day", text: "1D" },
    { name: "leading space", text: " 30s" },
    { name: "inner space", text: "1h 30m" },
    { name: "unit only", text: "h" },
    { name: "dot only", text: ".h" },
    { name: "sign only", text: "+" },
    { name: "trailing number", text: "1h30" },
    { name: "trailing dot after unit", text: "1h." },
    { name: "overflows Go int64 nanoseconds", text: "106752d" },
  ])("rejects $name: '$text'", ({ text }) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe("");
  });

  it("accepts the largest Go duration in days", () => {
    expect(parseDuration("106751d").ok).toBe(true);
  });
});
