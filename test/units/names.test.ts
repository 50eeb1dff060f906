import { describe, expect, it } from "vitest";
import { checkDns1035Label, checkDnsLabel, checkDnsSubdomain, checkLabelValue } from "../../src/units/index.js";

const x = (n: number): string => "x".repeat(n);

describe("checkDnsLabel", () => {
  it.each([
    { name: "simple", value: "ingest" },
    { name: "with dashes and digits", value: "daily-2-load" },
    { name: "starts with a digit", value: "1st-run" },
    { name: "single character", value: "a" },
    { name: "exactly 63", value: x(63) },
  ])("accepts $name", ({ value }) => {
    expect(checkDnsLabel(value)).toEqual({ ok: true });
  });

  it.each([
    { name: "empty", value: "", mentions: "empty" },
    { name: "uppercase", value: "Ingest", mentions: "uppercase" },
    { name: "underscore", value: "daily_load", mentions: "'_'" },
    { name: "dot", value: "a.b", mentions: "'.'" },
    { name: "leading dash", value: "-load", mentions: "starts with '-'" },
    { name: "trailing dash", value: "load-", mentions: "ends with '-'" },
    { name: "other character", value: "load!", mentions: "'!'" },
    { name: "64 characters", value: x(64), mentions: "too long by 1" },
    { name: "70 characters", value: x(70), mentions: "too long by 7" },
  ])("rejects $name", ({ value, mentions }) => {
    const result = checkDnsLabel(value);
    expect(result.ok).toBe(false);
    // The over-by count is data the caller shows; the rest is checked loosely.
    if (!result.ok) expect(result.reason).toContain(mentions);
  });

  it("honours a custom maximum", () => {
    expect(checkDnsLabel(x(53), 52).ok).toBe(false);
    expect(checkDnsLabel(x(52), 52).ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const result = checkDnsLabel(`-${"A".repeat(63)}_`);
    expect(result.ok ? "" : result.reason.split("; ").length).toBeGreaterThanOrEqual(4);
  });
});

describe("checkDns1035Label", () => {
  it.each([
    { name: "starts with a letter", value: "a1", ok: true },
    { name: "starts with a digit", value: "1a", ok: false },
    { name: "digit and uppercase", value: "1A", ok: false },
    { name: "uppercase", value: "Ab", ok: false },
  ])("$name: $value → $ok", ({ value, ok }) => {
    expect(checkDns1035Label(value).ok).toBe(ok);
  });
});

describe("checkDnsSubdomain", () => {
  it.each([
    { name: "single label", value: "ingest" },
    { name: "dotted", value: "sparkapplications.sparkoperator.k8s.io" },
    { name: "exactly 253", value: `${x(63)}.${x(63)}.${x(63)}.${x(61)}` },
  ])("accepts $name", ({ value }) => {
    expect(checkDnsSubdomain(value)).toEqual({ ok: true });
  });

  it.each([
    { name: "empty", value: "" },
    { name: "uppercase", value: "Example.com" },
    { name: "underscore", value: "my_app.io" },
    { name: "leading dot", value: ".example" },
    { name: "trailing dot", value: "example." },
    { name: "double dot", value: "a..b" },
    { name: "segment ends with dash", value: "a-.b" },
    { name: "segment starts with dash", value: "a.-b" },
    { name: "254 characters", value: `${x(63)}.${x(63)}.${x(63)}.${x(62)}` },
  ])("rejects $name", ({ value }) => {
    expect(checkDnsSubdomain(value).ok).toBe(false);
  });
});

describe("checkLabelValue", () => {
  it.each([
    { name: "empty is allowed", value: "" },
    { name: "mixed case", value: "Team-A" },
    { name: "dots and underscores inside", value: "v1.2_rc" },
    { name: "single character", value: "a" },
    { name: "exactly 63", value: x(63) },
  ])("accepts $name", ({ value }) => {
    expect(checkLabelValue(value)).toEqual({ ok: true });
  });

  it.each([
    { name: "64 characters", value: x(64) },
    { name: "leading dash", value: "-a" },
    { name: "trailing dot", value: "a." },
    { name: "leading underscore", value: "_a" },
    { name: "slash", value: "a/b" },
    { name: "space", value: "a b" },
  ])("rejects $name", ({ value }) => {
    expect(checkLabelValue(value).ok).toBe(false);
  });
});
