// The CLI on the deliberately broken fixture repository (with the bundled
// policies copied in): one finding per rule of the production pack, by code
// and line:column; and `pipeforge explain RULE` against golden files.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/index.js";
import { loadPolicies, readPolicyDocuments } from "../../src/policy/index.js";
import { bareEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";

const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "policy-broken");
const GOLDEN = path.join(import.meta.dirname, "golden");
let work: string;

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: bareEnv() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-policy-"));
  cpSync(FIXTURE, work, { recursive: true });
  cpSync(path.join(REPO_ROOT, "policies"), path.join(work, "policies"), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonFinding { code: string; file: string; line: number; column: number; suppressed?: unknown }

const O = "environments/prd/shop/orders";
const A = "environments/prd/lab/analytics";
const EXPECTED = [
  `PFR001 ${O}/extra/legacy-export.yaml:12:9`,
  `PFR002 ${O}/unpinned-export.yaml:10:16`,
  `PFR003 ${O}/foreign-image.yaml:10:16`,
  `PFR004 ${O}/extra/legacy-export.yaml:7:3`,
  `PFR005 ${O}/extra/legacy-export.yaml:7:3`,
  `PFR006 ${O}/extra/legacy-export.yaml:7:3`,
  `PFR007 ${O}/big-spark.yaml:13:31`,
  `PFR008 ${A}/team.yaml:5:16`,
  `PFR009 ${O}/spark-no-retry.yaml:9:24`,
  `PFR010 ${A}/team.yaml:4:12`,
  `PFR011 ${A}/team.yaml:2:7`,
  `PFR012 ${O}/leaky-env.yaml:12:38`,
  `PFR013 ${O}/poller.yaml:7:13`,
  `PFR014 ${O}/overlap.yaml:8:16`,
  `PFR015 ${O}/extra/legacy-export.yaml:8:23`,
  `prd-hardening/bounded-history ${O}/long-history.yaml:8:35`,
  `prd-hardening/no-plain-secrets ${O}/extra/db-secret.yaml:2:1`,
  `prd-hardening/pipeline-description ${O}/undocumented.yaml:4:3`,
];

describe("pipeforge validate on the broken fixture", () => {
  it("reports one finding per rule of the production pack, at its line:column, and exits 1", () => {
    const r = run("validate", "-C", work, "--format", "json");
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => `${f.code} ${f.file}:${f.line}:${f.column}`).sort()).toEqual(EXPECTED);
  });

  it("covers every rule the production pack enables", async () => {
    const { policies } = loadPolicies(await readPolicyDocuments(createNodeHost(work)), { today: "2000-01-01", knownKinds: new Set(["Pipeline", "Team", "Secret", "CronWorkflow"]) });
    const pack = policies.find((p) => p.name === "prd-hardening");
    expect(pack?.rules.map((r) => r.code).sort()).toEqual(EXPECTED.map((e) => e.split(" ")[0]).sort());
  });

  it("reports an exception's finding as suppressed and exits 0 once nothing else is left", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "pipeforge-policy-ex-"));
    try {
      cpSync(work, scratch, { recursive: true });
      rmSync(path.join(scratch, "environments", "prd"), { recursive: true });
      cpSync(path.join(FIXTURE, "environments", "hml"), path.join(scratch, "environments", "prd"), { recursive: true });
      writeFileSync(path.join(scratch, "environments", "prd", "shop", "orders", "poller.yaml"), readFileSync(path.join(FIXTURE, O, "poller.yaml"), "utf8"));
      const pack = path.join(scratch, "policies", "prd-hardening.yaml");
      writeFileSync(pack, `${readFileSync(pack, "utf8")}  exceptions:\n    - target: prd/shop/orders/poller\n      rule: schedule-interval\n      reason: the bucket has no notifications yet\n      expires: "2999-12-31"\n`);
      const text = run("validate", "-C", scratch);
      expect(text.stdout).toContain("poller.yaml:7:13: error (suppressed) PFR013 ");
      expect(text.stdout).toContain("0 errors, 0 warnings, 0 infos, 1 suppressed");
      expect(text.code).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe("pipeforge explain RULE", () => {
  it.each([
    ["PFR002", ["explain", "PFR002"]],
    ["spark-caps", ["explain", "spark-caps"]],
    ["PFR003", ["explain", "PFR003"]],
    ["prd-hardening-bounded-history", ["explain", "prd-hardening/bounded-history", "-C", REPO_ROOT]],
  ])("%s matches its golden file", (name, args) => {
    const r = run(...args);
    expect(r.code).toBe(0);
    const file = path.join(GOLDEN, `explain-${name}.txt`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, r.stdout);
    expect(r.stdout).toBe(readFileSync(file, "utf8"));
  });

  it("refuses a rule nobody defines, with exit code 2", () => {
    const r = run("explain", "prd-hardening/nonexistent", "-C", REPO_ROOT);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
