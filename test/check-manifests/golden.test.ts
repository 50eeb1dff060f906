// What `pipeforge check-manifests` prints, in each output format, on the fixture folders:
// golden files under test/golden/check-manifests/ (UPDATE_GOLDEN=1 rewrites them). Machine formats
// are also checked for shape: JUnit against kubeconform's XSD, TAP against version 13's grammar.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheckManifests, type CheckManifestsFlags } from "../../src/cli/actions/check-manifests.js";
import type { Io } from "../../src/cli/io.js";
import { junitXsdProblems } from "../report/junit-xsd.js";
import { wellFormedProblems } from "../report/xml-check.js";
import { REPO_ROOT } from "../support/repo.js";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const GOLDEN = path.join(REPO_ROOT, "test", "golden", "check-manifests");

async function run(args: string[], flags: Partial<CheckManifestsFlags>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd: FIXTURES, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTty: false };
  const code = await runCheckManifests(io, args, { output: "text", argoWorkflowsVersion: "4", workers: "1", ...flags });
  return { code, stdout, stderr };
}

const SCHEMAS = { schemaLocation: ["schemas/gizmo-crd.yaml", "schemas/json"] };

const cases: ReadonlyArray<{ name: string; args: string[]; flags: Partial<CheckManifestsFlags>; code: number }> = [
  { name: "mixed.txt", args: ["mixed"], flags: {}, code: 1 },
  { name: "mixed-strict-summary.txt", args: ["mixed"], flags: { strict: true, summary: true }, code: 1 },
  { name: "mixed-summary.json", args: ["mixed"], flags: { output: "json", summary: true }, code: 1 },
  { name: "mixed.junit.xml", args: ["mixed"], flags: { output: "junit" }, code: 1 },
  { name: "mixed-summary.tap", args: ["mixed"], flags: { output: "tap", summary: true }, code: 1 },
  { name: "custom-schemas.txt", args: ["custom"], flags: { ...SCHEMAS, summary: true }, code: 1 },
  { name: "custom-schemas.json", args: ["custom"], flags: { ...SCHEMAS, output: "json" }, code: 1 },
  { name: "valid-summary.txt", args: ["mixed/valid.yaml"], flags: { summary: true }, code: 0 },
  { name: "valid.json", args: ["mixed/valid.yaml"], flags: { output: "json" }, code: 0 },
  { name: "valid.junit.xml", args: ["mixed/valid.yaml"], flags: { output: "junit" }, code: 0 },
  { name: "valid.tap", args: ["mixed/valid.yaml"], flags: { output: "tap" }, code: 0 },
];

describe("check-manifests output", () => {
  it.each(cases)("$name", async ({ name, args, flags, code }) => {
    const r = await run(args, flags);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe("");
    const file = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, "utf8"));
  });

  it.each(["mixed", "mixed/valid.yaml"])("JUnit for %s follows the XSD", async (input) => {
    const { stdout } = await run([input], { output: "junit" });
    expect(wellFormedProblems(stdout)).toEqual([]);
    expect(junitXsdProblems(stdout)).toEqual([]);
  });

  it("TAP 13: a version line, one numbered test point per resource, a matching plan, YAML blocks indented", async () => {
    const { stdout } = await run(["mixed"], { output: "tap", summary: true });
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("TAP version 13");
    const points = lines.filter((l) => /^(not )?ok \d+ - /.test(l));
    expect(points.map((l) => Number(/ok (\d+)/.exec(l)?.[1]))).toEqual(points.map((_, i) => i + 1));
    expect(lines).toContain(`1..${points.length}`);
    for (const l of lines.slice(1)) expect(l).toMatch(/^((not )?ok \d+ - |1\.\.\d+$|# | {2}(---|\.\.\.|findings:| {2}- \{))/);
  });

  it("JSON is kubeconform's shape, with positions", async () => {
    const { stdout } = await run(["mixed"], { output: "json", summary: true });
    const report = JSON.parse(stdout) as { resources: Array<Record<string, unknown>>; summary: Record<string, number> };
    expect(Object.keys(report.summary)).toEqual(["valid", "invalid", "errors", "skipped"]);
    for (const r of report.resources) {
      expect(Object.keys(r)).toEqual(["filename", "kind", "name", "version", "status", "msg", "validationErrors"]);
      expect(["statusValid", "statusInvalid", "statusError", "statusSkipped"]).toContain(r.status);
    }
  });
});
