// Exceptions: in effect they suppress (reported, counted, in SARIF as
// suppressions); expired they suppress nothing and are errors themselves.
// "Today" comes from CompileOptions.now, in UTC.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile.js";
import { countBySeverity } from "../../src/diagnostics/index.js";
import { createMemoryHost } from "../../src/host/index.js";
import { formatReport } from "../../src/report/index.js";
import { at, findingsOf, PIPE, sortFindings, TEAM, withBase } from "../diagnostics/repo.js";
import { enable, policy, POLICY } from "./support.js";

const exception = (rule: string, target: string, expires: string) => ["  exceptions:", `    - target: "${target}"`, `      rule: ${rule}`, "      reason: legacy image until the Q3 migration", `      expires: ${expires}`];
/** The base repository breaks PFR014 (no concurrency) and PFR011 (no cost-center). */
const files = (...spec: string[]) => withBase({ [POLICY]: policy([...enable("PFR014"), ...enable("PFR011")], ...spec) });

async function run(spec: string[], now = "2030-06-15T23:59:59Z") {
  const result = await compile(createMemoryHost(files(...spec)), { now: new Date(now) });
  return { result, findings: findingsOf(result) };
}

describe("policy exceptions", () => {
  it("suppresses the matching finding, keeps it in the report and out of the counts", async () => {
    const { result, findings } = await run(exception("PFR014", "hml/autos/ml/*", "2030-06-15"));
    expect(sortFindings(findings)).toEqual(sortFindings([at("PFR014", PIPE, 6, 3), at("PFR011", TEAM, 2, 7)]));
    const pfr014 = result.diagnostics.find((d) => d.code === "PFR014");
    expect(pfr014?.suppressed?.reason).toContain("legacy image until the Q3 migration");
    expect(pfr014?.suppressed?.location?.file).toBe(POLICY);
    expect(countBySeverity(result.diagnostics)).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it("names the rule by its name as well as its code", async () => {
    const { result } = await run(exception("cron-concurrency", "hml/autos/ml/daily", "2030-12-31"));
    expect(result.diagnostics.find((d) => d.code === "PFR014")?.suppressed).toBeDefined();
  });

  it("suppresses team findings through a team target", async () => {
    const { result } = await run(exception("PFR011", "hml/autos/ml", "2030-12-31"));
    expect(result.diagnostics.find((d) => d.code === "PFR011")?.suppressed).toBeDefined();
    expect(result.diagnostics.find((d) => d.code === "PFR014")?.suppressed).toBeUndefined();
  });

  it("does not suppress a target the glob does not match", async () => {
    const { result } = await run(exception("PFR014", "hml/autos/ml/weekly", "2030-12-31"));
    expect(result.diagnostics.filter((d) => d.suppressed)).toEqual([]);
  });

  it("is expired the day after its expiry date (UTC) and is then an error", async () => {
    const { result, findings } = await run(exception("PFR014", "hml/autos/ml/*", "2030-06-14"), "2030-06-15T00:00:00Z");
    expect(sortFindings(findings)).toEqual(sortFindings([at("POL002", POLICY, 13, 16), at("PFR014", PIPE, 6, 3), at("PFR011", TEAM, 2, 7)]));
    expect(result.diagnostics.filter((d) => d.suppressed)).toEqual([]);
    expect(result.failed).toBe(true);
  });

  it("is shown in SARIF as a suppression and in text as (suppressed)", async () => {
    const { result } = await run(exception("PFR014", "hml/autos/ml/*", "2030-06-15"));
    const input = { diagnostics: result.diagnostics, sources: result.sources };
    const sarif = JSON.parse(formatReport("sarif", input)) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.find((r) => r.ruleId === "PFR014")?.suppressions?.[0]?.justification).toContain("legacy image");
    expect(results.find((r) => r.ruleId === "PFR011")?.suppressions).toBeUndefined();
    expect(formatReport("text", input)).toMatch(/daily\.yaml:6:3: error \(suppressed\) PFR014 /);
  });
});

describe("scoped runs (build --env, the Argo CD plugin's one team)", () => {
  const expired = files(...exception("PFR014", "hml/autos/ml/*", "2020-01-31"));
  const codes = async (options: Parameters<typeof compile>[1]) => findingsOf(await compile(createMemoryHost(expired), options)).map((f) => f.code).sort();

  it("check only the objects in scope, and only the expired exceptions that concern them", async () => {
    expect(await codes({})).toEqual(["PFR011", "PFR014", "POL002"]);
    expect(await codes({ envs: ["hml"] })).toEqual(["PFR011", "PFR014", "POL002"]);
    expect(await codes({ teamFilter: (t) => t.name !== "ml" })).toEqual([]);
  });
});

describe("policy match", () => {
  const scoped = (...match: string[]) => withBase({ [POLICY]: policy(enable("PFR014"), "  match:", ...match) });
  const codes = async (f: ReturnType<typeof scoped>) => findingsOf(await compile(createMemoryHost(f))).map((x) => x.code);

  it.each([
    ["environment by name", ["    environments: [hml]"], ["PFR014"]],
    ["environment excluded with !", ["    environments: ['!hml']"], ["POL007"]],
    ["every environment but another", ["    environments: ['!prd']"], ["PFR014"]],
    ["business unit glob", ["    businessUnits: [aut*]"], ["PFR014"]],
    ["pipeline glob that misses", ["    pipelines: [weekly-*]"], ["POL007"]],
    ["team and pipeline", ["    teams: [ml]", "    pipelines: [dai*]"], ["PFR014"]],
  ])("%s", async (_name, match, expected) => {
    expect(await codes(scoped(...match))).toEqual(expected);
  });
});
