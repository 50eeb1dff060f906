// End to end: `--report FORMAT=PATH` on validate and build, and the GitHub
// step summary, through bin/pipeforge.js in a temporary repository.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { minimalRepo } from "../support/minimal.js";
import { REPO_ROOT } from "../support/repo.js";
import { junitXsdProblems } from "./junit-xsd.js";
import { sarifValidator } from "./sarif-schema.js";
import { wellFormedProblems } from "./xml-check.js";

const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");
const validateSarif = sarifValidator();
let work: string;

function writeRepo(files: Record<string, string | Uint8Array>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    writeFileSync(path.join(work, rel), text);
  }
}

function pipeforge(args: string[], env: Record<string, string> = {}) {
  // Never the real step summary of a CI run that executes these tests.
  const { GITHUB_STEP_SUMMARY: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", env: { ...base, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (rel: string) => readFileSync(path.join(work, rel), "utf8");
const broken = () => minimalRepo({ pipeline: { spec: { schedule: "not a cron", tasks: [{ name: "hello", container: { image: "alpine:3.20" } }] } } });
const PIPE = "environments/dev/bu/team/daily.yaml";

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-report-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("--report", () => {
  it("validate writes several reports in one run, beside the stdout format", () => {
    writeRepo(broken());
    const r = pipeforge(["validate", "--report", "sarif=out/a.sarif", "--report", "junit=out/b.xml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${PIPE}:7:13: error SEM008 `, "m"));
    const sarif = JSON.parse(read("out/a.sarif")) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.physicalLocation.region.startColumn])).toEqual([["SEM008", PIPE, 7, 13]]);
    const junit = read("out/b.xml");
    expect(wellFormedProblems(junit)).toEqual([]);
    expect(junitXsdProblems(junit)).toEqual([]);
    expect(junit).toMatch(/<failure type="SEM008"/);
  });

  it("with no findings writes a valid empty SARIF log and a passing JUnit testcase", () => {
    writeRepo(minimalRepo({}));
    const r = pipeforge(["validate", "--report", "sarif=a.sarif", "--report", "junit=b.xml"]);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(read("a.sarif")) as { runs: { results: unknown[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(read("b.xml")).toMatch(/<testcase name="no findings" classname="pipeforge"\/>/);
  });

  it("a path of - writes the report to stdout", () => {
    writeRepo(broken());
    const r = pipeforge(["validate", "--format", "json", "--report", "github=-"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`\\n::error file=${PIPE},line=7,col=13,endLine=7,endColumn=23,title=SEM008 invalid-cron::`));
  });

  it.each([
    ["no =", "sarif", /expected FORMAT=PATH/],
    ["no path", "sarif=", /expected FORMAT=PATH/],
    ["unknown format", "pdf=out.pdf", /unknown format "pdf"/],
  ])("refuses a spec with %s (exit 2) before doing any work", (_case, spec, message) => {
    writeRepo(broken());
    const r = pipeforge(["validate", "--report", "junit=ok.xml", "--report", spec]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(existsSync(path.join(work, "ok.xml"))).toBe(false);
  });

  it("exits 2 when a report cannot be written", () => {
    writeRepo(broken());
    mkdirSync(path.join(work, "taken.sarif"));
    const r = pipeforge(["validate", "--report", "sarif=taken.sarif"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report sarif=taken\.sarif: cannot write/);
  });

  it("build writes the reports too, also when errors stop it from writing manifests", () => {
    writeRepo(broken());
    const failed = pipeforge(["build", "--report", "sarif=r/build.sarif", "--report", "junit=r/build.xml"]);
    expect(failed.code).toBe(1);
    expect(existsSync(path.join(work, "rendered"))).toBe(false);
    expect(validateSarif(JSON.parse(read("r/build.sarif")))).toEqual([]);
    expect(read("r/build.xml")).toMatch(/<failure type="SEM008"/);
    writeRepo(minimalRepo({}));
    const ok = pipeforge(["build", "--report", "junit=r/build.xml"]);
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(work, "rendered", ".pipeforge-output"))).toBe(true);
    expect(read("r/build.xml")).toMatch(/name="no findings"/);
  });

  it("appends the Markdown summary to GITHUB_STEP_SUMMARY, once per run, never overwriting", () => {
    writeRepo(broken());
    const summary = path.join(work, "summary.md");
    writeFileSync(summary, "earlier step\n\n");
    expect(pipeforge(["validate"], { GITHUB_STEP_SUMMARY: summary }).code).toBe(1);
    const once = read("summary.md");
    expect(once.startsWith("earlier step\n\n### pipeforge: 1 error, 0 warnings, 0 infos\n")).toBe(true);
    expect(once).toContain(`| ${PIPE}:7:13 | error | SEM008 invalid-cron |`);
    expect(pipeforge(["validate", "--format", "json"], { GITHUB_STEP_SUMMARY: summary }).code).toBe(1);
    const twice = read("summary.md");
    expect(twice).toBe(once + once.slice("earlier step\n\n".length));
    expect(twice.match(/^### pipeforge:/gm)).toHaveLength(2);
  });

  it("lists the formats in --help", () => {
    const r = pipeforge(["validate", "--help"]);
    expect(r.stdout).toMatch(/--report <format=path>/);
    expect(r.stdout).toMatch(/text, json, sarif, junit, github, markdown/);
  });
});
