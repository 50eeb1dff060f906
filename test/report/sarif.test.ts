// SARIF: every log validates against the official 2.1.0 schema (also with no
// findings), and each field carries what code scanning needs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeInfo, diag } from "../../src/diagnostics/index.js";
import { formatSarif, relativeUri } from "../../src/report/sarif.js";
import { VERSION } from "../../src/version.js";
import { allInputs, emptyInput, fixedInput, hostileInput, hostileText } from "./inputs.js";
import { sarifValidator } from "./sarif-schema.js";

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface PhysicalLocation { artifactLocation: { uri: string; uriBaseId: string }; region: Region }
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: PhysicalLocation }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation?: PhysicalLocation }[];
      suppressions?: { kind: string; justification: string; location?: { physicalLocation: PhysicalLocation } }[];
    }[];
  }[];
}

const sarif = (input: Parameters<typeof formatSarif>[0]) => JSON.parse(formatSarif(input)) as SarifLog;
const validate = sarifValidator();

describe("sarif", async () => {
  const inputs = await allInputs();

  it.each(inputs)("%s findings validate against the SARIF 2.1.0 schema", (_name, input) => {
    expect(validate(JSON.parse(formatSarif(input)))).toEqual([]);
  });

  it("the schema check rejects what it should (a raw space in a uri, an unknown level)", () => {
    const log = sarif(fixedInput());
    const bad = structuredClone(log);
    bad.runs[0]!.results[1]!.locations![0]!.physicalLocation.artifactLocation.uri = "a b.yaml";
    bad.runs[0]!.results[2]!.level = "info";
    expect(validate(bad).map((e) => e.instancePath)).toEqual(["/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri", "/runs/0/results/2/level"]);
  });

  it("with no findings is one run with an empty result list", () => {
    const log = sarif(emptyInput());
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: "pipeforge", version: VERSION });
  });

  it("rules come from the code registry and every result points at its rule", () => {
    const run = sarif(fixedInput()).runs[0]!;
    for (const rule of run.tool.driver.rules) {
      const info = codeInfo(rule.id);
      expect(rule).toMatchObject({ name: info.name, shortDescription: { text: info.summary }, fullDescription: { text: info.help } });
      expect(rule.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[info.severity]);
    }
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([["OUT001", "error"], ["SEM008", "error"], ["MAN001", "error"], ["LAYOUT009", "note"], ["SEM015", "warning"]]);
  });

  it("places results by SRCROOT-relative uri and 1-based region, end column exclusive", () => {
    const [, cron] = sarif(fixedInput()).runs[0]!.results;
    expect(cron!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "environments/hml/autos/ml/daily.yaml", uriBaseId: "SRCROOT" },
      region: { startLine: 5, startColumn: 13, endLine: 5, endColumn: 25 }, // `"61 * * * *"` is 12 characters
    });
    expect(cron!.message.text).toBe('invalid cron schedule "61 * * * *": minute 61 is out of range\nhint: Minutes run from 0 to 59.');
  });

  it("a finding without a file has no locations", () => {
    expect(sarif(fixedInput()).runs[0]!.results[0]).not.toHaveProperty("locations");
  });

  it("related places become relatedLocations, rendered-only ones by message", () => {
    const man = sarif(fixedInput()).runs[0]!.results[2]!;
    expect(man.relatedLocations!.map((r) => [r.id, r.message.text, r.physicalLocation?.region.startLine])).toEqual([
      [0, "rendered as (hml/autos/ml/cronworkflow-daily.yaml spec.workflowSpec.templates[1].container.image)", undefined],
      [1, "task declared here", 7],
    ]);
  });

  it("a suppressed finding carries an external suppression with the exception's reason and place", () => {
    const s = sarif(fixedInput()).runs[0]!.results[4]!.suppressions;
    expect(s).toEqual([
      expect.objectContaining({ kind: "external", justification: "sized for the backfill", location: { physicalLocation: expect.objectContaining({ artifactLocation: { uri: "policies/prd-hardening.yaml", uriBaseId: "SRCROOT" } }) } }),
    ]);
  });

  it.each([
    ["plain path", "environments/a/b.yaml", "environments/a/b.yaml"],
    ["space and non-ASCII", "environments/dáily job ü.yaml", "environments/d%C3%A1ily%20job%20%C3%BC.yaml"],
    ["reserved characters", "a/b,c:d#e?f%g.yaml", "a/b%2Cc%3Ad%23e%3Ff%25g.yaml"],
    ["lone surrogate", "a/\uD800.yaml", "a/%EF%BF%BD.yaml"],
  ])("percent-encodes a %s", (_case, file, uri) => {
    expect(relativeUri(file)).toBe(uri);
    expect(decodeURIComponent(uri)).toBe(file.replace("\uD800", "\uFFFD"));
  });

  it("hostile file names come out percent-encoded and still valid", () => {
    const uri = sarif(hostileInput()).runs[0]!.results[0]!.locations![0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe("environments/hml/autos/ml/d%C3%A1ily%20job%2C%20v2%3A%20%C3%BC.yaml");
  });

  it("names SRCROOT's absolute uri only when given one, so default output is machine-independent", () => {
    expect(sarif(fixedInput()).runs[0]).not.toHaveProperty("originalUriBaseIds");
    const log = sarif({ ...fixedInput(), srcRoot: "file:///home/ci/work/repo/" });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ SRCROOT: { uri: "file:///home/ci/work/repo/" } });
    expect(validate(log)).toEqual([]);
  });

  it("any message, hint, reason and file name give a valid log that keeps the text", () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText(), (message, file, reason) => {
        const name = file || "f";
        const d = { ...diag("SEM008", { message, hint: reason, location: { file: name, start: 0, end: 1 } }), suppressed: { reason } };
        const log = sarif({ diagnostics: [d], sources: new Map([[name, "x: 1\n"]]) });
        expect(validate(log)).toEqual([]);
        const [result] = log.runs[0]!.results;
        expect(result!.message.text).toBe(reason ? `${message}\nhint: ${reason}` : message);
        expect(decodeURIComponent(result!.locations![0]!.physicalLocation.artifactLocation.uri)).toBe(name.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"));
      }),
      { numRuns: 200 },
    );
  });

  it("a code outside the registry still gives a valid result, without a rule index", () => {
    const d = { ...diag("SEM008", { message: "m" }), code: "X999" };
    const log = sarif({ diagnostics: [d], sources: new Map() });
    expect(log.runs[0]!.results[0]).not.toHaveProperty("ruleIndex");
    expect(validate(log)).toEqual([]);
  });
});
