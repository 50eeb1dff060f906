// End to end: `node bin/pipeforge.js check-manifests` on the fixture folders, asserting exit
// codes, codes and line:column of findings (the output formats are in golden.test.ts).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/repo.js";

const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");
const FIXTURES = path.join(import.meta.dirname, "fixtures");
const temp = mkdtempSync(path.join(tmpdir(), "pipeforge-check-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function check(args: string[], options: { input?: string; cwd?: string; node?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.node ?? []), BIN, "check-manifests", ...args], { cwd: options.cwd ?? FIXTURES, input: options.input, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `file:line:col CODE` of every finding line of the text output. */
function located(stdout: string): string[] {
  return stdout.split("\n").flatMap((l) => {
    const m = /^(\S+?):(\d+):(\d+): (?:.*?: )?(error|warning|info) (\w+) /.exec(l);
    return m ? [`${m[1]}:${m[2]}:${m[3]} ${m[5]}`] : [];
  });
}

const summaryOf = (stdout: string) => /Summary: .*$/m.exec(stdout)?.[0];

describe("exit codes", () => {
  it.each<{ name: string; args: string[]; code: number }>([
    { name: "all valid", args: ["mixed/valid.yaml"], code: 0 },
    { name: "invalid resources", args: ["mixed/invalid.yaml"], code: 1 },
    { name: "a kind without a schema", args: ["mixed/unknown-kind.yaml"], code: 1 },
    { name: "a YAML syntax error", args: ["mixed/broken.yaml"], code: 1 },
    { name: "usage: no input", args: [], code: 2 },
    { name: "usage: a path that does not exist", args: ["nope.yaml"], code: 2 },
    { name: "usage: an unknown output format", args: ["mixed", "-o", "xml"], code: 2 },
    { name: "usage: -n 0", args: ["mixed", "-n", "0"], code: 2 },
    { name: "usage: an unknown Argo Workflows version", args: ["mixed", "--argo-workflows-version", "5"], code: 2 },
    { name: "usage: a schema location on the network", args: ["mixed", "--schema-location", "https://example.com/schemas"], code: 2 },
    { name: "usage: stdin mixed with files", args: ["-", "mixed"], code: 2 },
  ])("$name → exit $code", ({ args, code }) => {
    expect(check(args).code).toBe(code);
  });

  it("a schema location that cannot be read is a configuration error (2), named on stderr", () => {
    const r = check(["custom", "--schema-location", "missing-crds.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--schema-location .*missing-crds\.yaml/);
  });

  it("info findings (CEL rules not evaluated) do not fail the run", () => {
    const file = path.join(temp, "small-gizmo.yaml");
    writeFileSync(file, "apiVersion: example.com/v1\nkind: Gizmo\nmetadata: {name: small}\nspec:\n  replicas: 3\n");
    const r = check([file, "--schema-location", "schemas/gizmo-crd.yaml"]);
    expect(r.code).toBe(0);
    expect(located(r.stdout)).toEqual([`${file}:5:3 MAN005`]);
  });
});

describe("findings with line and column", () => {
  it("a folder of mixed files: each finding where the problem is", () => {
    const r = check(["mixed", "--summary"]);
    expect(located(r.stdout)).toEqual([
      "mixed/broken.yaml:6:1 YAML001",
      "mixed/broken.yaml:6:1 YAML001",
      "mixed/duplicate-key.yaml:7:3 YAML002",
      "mixed/invalid.yaml:6:13 MAN001",
      "mixed/invalid.yaml:25:5 MAN004",
      "mixed/invalid.yaml:35:27 MAN004",
      "mixed/not-an-object.yaml:1:1 MAN006",
      "mixed/not-an-object.yaml:4:1 MAN006",
      "mixed/octal.yaml:6:9 MAN001",
      "mixed/octal.yaml:7:12 MAN001",
      "mixed/spark-embedded.yaml:24:29 MAN001",
      "mixed/unknown-kind.yaml:2:7 MAN002",
    ]);
    expect(summaryOf(r.stdout)).toBe("Summary: 12 resources found in 8 files - Valid: 4, Invalid: 4, Errors: 4, Skipped: 0");
  });

  it("a Workflow with an invalid embedded SparkApplication: the line inside the manifest block", () => {
    const r = check(["mixed/spark-embedded.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^mixed\/spark-embedded\.yaml:24:29: WorkflowTemplate spark-pi: error MAN001 must be integer .*spec\.templates\[0\]\.resource\.manifest\.spec\.driver\.cores/m);
  });

  it("YAML 1.1 as kubectl reads it: 0755 is a number, yes a boolean, an unquoted date a string; the hint quotes the value as written", () => {
    const r = check(["mixed/octal.yaml"]);
    expect(located(r.stdout)).toEqual(["mixed/octal.yaml:6:9 MAN001", "mixed/octal.yaml:7:12 MAN001"]);
    expect(r.stdout).toContain("hint: Kubernetes reads YAML 1.1, where 0755 is the number 493; quote it to keep the string: \"0755\"");
    expect(r.stdout).toContain("hint: Kubernetes reads YAML 1.1, where yes is the boolean true; quote it to keep the string: \"yes\"");
  });
});

describe("--strict", () => {
  it("reports unknown fields at their key and makes duplicate keys errors", () => {
    const lax = check(["mixed/invalid.yaml", "mixed/duplicate-key.yaml"]);
    const strict = check(["mixed/invalid.yaml", "mixed/duplicate-key.yaml", "--strict"]);
    expect(located(lax.stdout)).not.toContain("mixed/invalid.yaml:7:3 MAN001");
    expect(located(strict.stdout)).toContain("mixed/invalid.yaml:7:3 MAN001");
    expect(lax.stdout).toMatch(/duplicate-key\.yaml:7:3: ConfigMap twice: warning YAML002/);
    expect(strict.stdout).toMatch(/duplicate-key\.yaml:7:3: ConfigMap twice: error YAML002/);
    expect(check(["mixed/duplicate-key.yaml"]).code).toBe(0);
    expect(check(["mixed/duplicate-key.yaml", "--strict"]).code).toBe(1);
  });
});

describe("selecting kinds", () => {
  it("--skip takes kinds and apiVersion/Kind, comma-separated or repeated; skipped resources count as such", () => {
    const r = check(["mixed/invalid.yaml", "mixed/valid.yaml", "--skip", "Deployment,argoproj.io/v1alpha1/Workflow", "--skip", "ConfigMap", "--summary"]);
    expect(r.code).toBe(0);
    expect(summaryOf(r.stdout)).toBe("Summary: 4 resources found in 2 files - Valid: 0, Invalid: 0, Errors: 0, Skipped: 4");
  });

  it("--reject refuses a kind with MAN003 at its kind", () => {
    const r = check(["mixed/valid.yaml", "--reject", "v1/ConfigMap"]);
    expect(r.code).toBe(1);
    expect(located(r.stdout)).toEqual(["mixed/valid.yaml:3:7 MAN003"]);
  });

  it("--ignore-missing-schemas skips kinds without a schema", () => {
    const r = check(["mixed/unknown-kind.yaml", "--ignore-missing-schemas", "--summary"]);
    expect(r.code).toBe(0);
    expect(summaryOf(r.stdout)).toBe("Summary: 1 resource found in 1 file - Valid: 0, Invalid: 0, Errors: 0, Skipped: 1");
  });

  it("--schema-location: a CRD file and a folder of JSON schemas, with their CEL rules", () => {
    const r = check(["custom", "mixed/unknown-kind.yaml", "--schema-location", "schemas/gizmo-crd.yaml", "--schema-location", "schemas/json"]);
    expect(r.code).toBe(1);
    // The Gizmo that had no schema is now valid; its transition rule is reported, not evaluated.
    expect(located(r.stdout)).toEqual(["custom/resources.yaml:6:3 MAN004", "custom/resources.yaml:6:3 MAN005", "custom/resources.yaml:13:9 MAN001", "mixed/unknown-kind.yaml:6:3 MAN005"]);
    expect(r.stdout).toMatch(/MAN005 CEL rule not evaluated: "replicas cannot shrink" \(self\.replicas >= oldSelf\.replicas\): transition rule/);
  });

  it("--argo-workflows-version picks the schemas of that line", () => {
    const file = path.join(temp, "cron-v3.yaml");
    writeFileSync(file, "apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata: {name: c}\nspec:\n  schedule: \"0 3 * * *\"\n  workflowSpec:\n    entrypoint: main\n    templates: [{name: main, container: {image: alpine}}]\n");
    expect(check([file, "--argo-workflows-version", "3.7", "--strict"]).code).toBe(0);
    const v4 = check([file, "--strict"]);
    expect(v4.code).toBe(1);
    expect(located(v4.stdout)).toContain(`${file}:5:3 MAN001`);
  });
});

describe("stdin", () => {
  it("reads - and names it stdin", () => {
    const r = check(["-", "--summary"], { input: readFileSync(path.join(FIXTURES, "mixed", "invalid.yaml"), "utf8") });
    expect(r.code).toBe(1);
    expect(located(r.stdout)).toEqual(["stdin:6:13 MAN001", "stdin:25:5 MAN004", "stdin:35:27 MAN004"]);
    expect(summaryOf(r.stdout)).toBe("Summary: 2 resources found parsing stdin - Valid: 0, Invalid: 2, Errors: 0, Skipped: 0");
  });

  it("exits 0 on valid input", () => {
    expect(check(["-"], { input: readFileSync(path.join(FIXTURES, "mixed", "valid.yaml"), "utf8") }).code).toBe(0);
  });
});

describe("worker threads", () => {
  it("give the same report, in the same order, as one thread", () => {
    // 250 copies of the fixtures and two large files: enough YAML that -n 2 starts a worker.
    const big = path.join(temp, "big");
    for (let i = 0; i < 250; i++) cpSync(path.join(FIXTURES, "mixed"), path.join(big, `copy-${String(i).padStart(3, "0")}`), { recursive: true });
    const invalid = readFileSync(path.join(FIXTURES, "mixed", "invalid.yaml"), "utf8");
    for (const name of ["large-1.yaml", "large-2.yaml"]) writeFileSync(path.join(big, name), Array.from({ length: 1800 }, () => invalid).join("---\n"));
    // V8 writes one CPU profile per thread: the way to see from outside that a worker ran.
    const profiles = (n: string) => path.join(temp, `profiles-${n}`);
    const one = check([big, "-n", "1", "--summary", "-o", "json"], { node: ["--cpu-prof", `--cpu-prof-dir=${profiles("1")}`] });
    const two = check([big, "-n", "2", "--summary", "-o", "json"], { node: ["--cpu-prof", `--cpu-prof-dir=${profiles("2")}`] });
    expect([readdirSync(profiles("1")).length, readdirSync(profiles("2")).length]).toEqual([1, 2]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { summary: { invalid: number } }).summary.invalid).toBe(4 * 250 + 2 * 1800 * 2);
  });
});
