// Plain manifests are read as kubectl reads them (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1).
import { describe, expect, it } from "vitest";
import { parseManifests } from "../../src/checker/yaml11.js";

const value = (text: string): unknown => (parseManifests(`v: ${text}\n`)[0]?.toJS() as { v: unknown }).v;

describe("YAML 1.1 values, as go-yaml v2 decodes them into an untyped value", () => {
  it.each<[string, unknown]>([
    ["0755", 493],
    ["0x1F", 31],
    ["0b101", 5],
    ["1_000", 1000],
    ["yes", true],
    ["On", true],
    ["n", false],
    ["off", false],
    ["~", null],
    ["1e3", 1000],
    [".inf", Infinity],
    // go-yaml v2 keeps these as strings where the yaml package's YAML 1.1 schema would not.
    ["2024-01-01", "2024-01-01"],
    ["2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"],
    ["1:30", "1:30"],
    ["190:20:30.15", "190:20:30.15"],
    ["!!binary aGVsbG8=", "aGVsbG8="],
  ])("%s", (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it("keeps duplicate keys readable (the last wins) and reports them", () => {
    const [doc] = parseManifests("a: 1\na: 2\n");
    expect(doc?.errors.map((e) => e.code)).toEqual(["DUPLICATE_KEY"]);
    expect(doc?.toJS()).toEqual({ a: 2 });
  });
});
