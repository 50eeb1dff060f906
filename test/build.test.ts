// build: writes atomically, refuses foreign folders, deletes only its own
// stale files, --check reports stale output; nothing written on errors.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testEnv } from "./support/env.js";
import { REPO_ROOT } from "./support/repo.js";

const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");
let work: string;

function pipeforge(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", env: testEnv() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-build-"));
  for (const rel of ["pipeforge.yaml", "environments"]) cpSync(path.join(REPO_ROOT, rel), path.join(work, rel), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("pipeforge build", () => {
  it("writes the tree with a marker, then --check is clean", () => {
    expect(pipeforge("build").code).toBe(0);
    expect(existsSync(path.join(work, "rendered", ".pipeforge-output"))).toBe(true);
    expect(existsSync(path.join(work, "rendered", "hml", "autos", "ml", "cronworkflow-spark-pi.yaml"))).toBe(true);
    const check = pipeforge("build", "--check");
    expect(check.code).toBe(0);
  });

  it("--check names stale and missing files and exits 1", () => {
    pipeforge("build");
    writeFileSync(path.join(work, "rendered", "hml", "autos", "ml", "cronworkflow-spark-pi.yaml"), "edited\n");
    unlinkSync(path.join(work, "rendered", "hml", "autos", "ml", "sensor-predict-orders.yaml"));
    const check = pipeforge("build", "--check", "--format", "json");
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: { code: string; message: string }[] };
    expect(report.findings.map((f) => f.code)).toEqual(["OUT001", "OUT001"]);
    expect(report.findings.map((f) => f.message).join("\n")).toMatch(/cronworkflow-spark-pi\.yaml is out of date/);
    expect(report.findings.map((f) => f.message).join("\n")).toMatch(/sensor-predict-orders\.yaml is missing/);
  });

  it("refuses an existing folder it did not create", () => {
    mkdirSync(path.join(work, "rendered"));
    writeFileSync(path.join(work, "rendered", "precious.txt"), "mine");
    const r = pipeforge("build", "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toContain("OUT002");
    expect(readFileSync(path.join(work, "rendered", "precious.txt"), "utf8")).toBe("mine");
  });

  it("removes only its own stale files and keeps foreign ones", () => {
    pipeforge("build");
    writeFileSync(path.join(work, "rendered", "hml", "notes.md"), "keep me");
    rmSync(path.join(work, "environments", "hml", "autos", "ml", "spark-pi-followup.yaml"));
    // spark-pi-followup is triggered by spark-pi: spark-pi's notify fan-out changes too.
    expect(pipeforge("build").code).toBe(0);
    expect(existsSync(path.join(work, "rendered", "hml", "autos", "ml", "workflowtemplate-spark-pi-followup.yaml"))).toBe(false);
    expect(readFileSync(path.join(work, "rendered", "hml", "notes.md"), "utf8")).toBe("keep me");
  });

  it("writes nothing when there are errors and leaves the previous output intact", () => {
    pipeforge("build");
    const before = readFileSync(path.join(work, "rendered", "hml", "autos", "ml", "cronworkflow-spark-pi.yaml"), "utf8");
    const spec = path.join(work, "environments", "hml", "autos", "ml", "spark-pi.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace(/schedule: .*/, 'schedule: "not a cron"'));
    const r = pipeforge("build");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/SEM008/);
    expect(readFileSync(path.join(work, "rendered", "hml", "autos", "ml", "cronworkflow-spark-pi.yaml"), "utf8")).toBe(before);
  });

  it("with --env writes one environment and keeps the others", () => {
    pipeforge("build");
    rmSync(path.join(work, "environments", "prd", "autos", "ml", "spark-pi-followup.yaml"));
    expect(pipeforge("build", "--env", "hml").code).toBe(0);
    expect(existsSync(path.join(work, "rendered", "prd", "autos", "ml", "workflowtemplate-spark-pi-followup.yaml"))).toBe(true);
    expect(pipeforge("build", "--env", "nope").code).toBe(2);
  });

  it("exits 2 on usage errors and prints help on --help", () => {
    expect(pipeforge("build", "--format", "xml").code).toBe(2);
    expect(pipeforge("validate", "--fail-on", "fatal").code).toBe(2);
    const help = pipeforge("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate/);
  });
});

describe("pipeforge validate", () => {
  it("exits 0 on the sample and 1 with a located finding on a broken spec", () => {
    expect(pipeforge("validate").code).toBe(0);
    const spec = path.join(work, "environments", "hml", "autos", "ml", "spark-pi.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace(/^ {2}schedule:/m, "  schedul:"));
    const r = pipeforge("validate");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^environments\/hml\/autos\/ml\/spark-pi\.yaml:\d+:\d+: error SPEC002 unknown field "schedul" in spec \(did you mean "schedule"\?\)/m);
    expect(r.stderr).toBe("");
  });
});
