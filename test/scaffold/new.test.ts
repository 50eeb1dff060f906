// pipeforge new pipeline end to end: the spec it writes validates, in a
// scaffolded repository and in a copy of the bundled sample; it never
// overwrites, never invents a team, and writes nothing that would not validate.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { golden, pipeforge, pipeforgeSync } from "../apps/fixture.js";
import { REPO_ROOT } from "../support/repo.js";

const GOLDEN = path.join(REPO_ROOT, "test", "golden", "new");
let scaffolded: string;
let sample: string;

beforeAll(() => {
  scaffolded = mkdtempSync(path.join(tmpdir(), "pipeforge-new-"));
  expect(pipeforgeSync(["init"], scaffolded).code).toBe(0);
  sample = mkdtempSync(path.join(tmpdir(), "pipeforge-new-sample-"));
  for (const rel of ["pipeforge.yaml", "environments", "policies"]) cpSync(path.join(REPO_ROOT, rel), path.join(sample, rel), { recursive: true });
});
afterAll(() => {
  rmSync(scaffolded, { recursive: true, force: true });
  rmSync(sample, { recursive: true, force: true });
});

const files = (dir: string) => fg.sync("**", { cwd: dir, dot: true }).sort();

describe("pipeforge new pipeline", () => {
  it.each([
    ["a scheduled Spark pipeline", ["dev/platform/data/nightly", "--schedule", "0 2 * * *", "--spark"], "nightly.yaml"],
    ["a manual container pipeline", ["dev/platform/data/adhoc"], "adhoc.yaml"],
  ])("writes %s that validates", async (_name, args, goldenFile) => {
    const r = await pipeforge(["new", "pipeline", ...args], scaffolded);
    const rel = `environments/${args[0]}.yaml`;
    expect(r).toEqual({ code: 0, stdout: `${rel}\n`, stderr: "" });
    const text = readFileSync(path.join(scaffolded, rel), "utf8");
    expect(text).toBe(golden(GOLDEN, goldenFile, text));
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../../.pipeforge/schemas/pipeline.json");
    expect(await pipeforge(["validate"], scaffolded)).toMatchObject({ code: 0, stdout: "0 errors, 0 warnings, 0 infos\n" });
  });

  it("finds the repository from a folder inside it, and writes a spec that validates in the sample tree", async () => {
    const r = await pipeforge(["new", "pipeline", "prd/finance/risk/limits-daily", "--schedule", "15 4 * * *", "--spark"], path.join(sample, "environments", "prd"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("environments/prd/finance/risk/limits-daily.yaml\n");
    // The sample has no .pipeforge/schemas: the modeline is written anyway, with the command that fills it.
    expect(r.stderr).toBe("new pipeline: .pipeforge/schemas/ has no schemas yet; run `pipeforge schema --out .pipeforge/schemas` so editors can check the spec as you type\n");
    expect(await pipeforge(["validate"], sample)).toMatchObject({ code: 0 });
  });

  it("writes nothing and exits 1 when the spec would not validate in this repository", async () => {
    const before = files(scaffolded);
    const name = "a-pipeline-name-long-enough-to-break-the-spark-application-name";
    const r = await pipeforge(["new", "pipeline", `dev/platform/data/${name}`, "--spark", "-C", scaffolded], tmpdir());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^environments/dev/platform/data/${name}\\.yaml:10:13: error SEM014 `));
    expect(r.stderr).toContain("new pipeline: the new spec would not validate in this repository; nothing written\n");
    expect(files(scaffolded)).toEqual(before);
  });

  it("writes a spec that only draws warnings, and shows them", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-new-warn-"));
    try {
      expect(pipeforgeSync(["init"], dir).code).toBe(0);
      const policy = [
        "apiVersion: pipeforge.io/v1alpha1",
        "kind: Policy",
        "metadata: {name: style}",
        "spec:",
        "  rules:",
        "    - id: no-todo",
        "      severity: warning",
        "      message: the description is still a TODO",
        "      kinds: [Pipeline]",
        "      path: metadata",
        "      schema: {properties: {description: {not: {pattern: '^TODO'}}}}",
        "",
      ].join("\n");
      writeFileSync(path.join(dir, "policies", "style.yaml"), policy);
      const r = await pipeforge(["new", "pipeline", "dev/platform/data/weekly"], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("environments/dev/platform/data/weekly.yaml\n");
      expect(r.stderr).toMatch(/^environments\/dev\/platform\/data\/weekly\.yaml:\d+:\d+: warning style\/no-todo /);
      expect(existsSync(path.join(dir, "environments/dev/platform/data/weekly.yaml"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["an existing file", ["dev/platform/data/hello"], "pipeforge: new pipeline: environments/dev/platform/data/hello.yaml already exists; nothing written\n"],
    [
      "a folder without team.yaml",
      ["dev/platform/analytics/x"],
      "pipeforge: new pipeline: environments/dev/platform/analytics has no team.yaml, so dev/platform/analytics is not a team; nothing written.\nExisting teams: dev/platform/data.\nCreate the team first (a team.yaml with its owners; copy one from another team), then run this again.\n",
    ],
    ["three parts", ["dev/platform/x"], 'pipeforge: new pipeline dev/platform/x: expected ENV/BU/TEAM/NAME (four parts), got "dev/platform/x"\n'],
    ["a name that is no DNS label", ["dev/platform/data/Nightly_Job"], "pipeforge: new pipeline dev/platform/data/Nightly_Job: pipeline name \"Nightly_Job\" contains uppercase letters (use lowercase); contains '_' (use '-')\n"],
    ["an invalid schedule", ["dev/platform/data/x", "--schedule", "0 2 * *"], null],
  ])("exits 2 on %s, writing nothing", async (_name, args, stderr) => {
    const before = files(scaffolded);
    const r = await pipeforge(["new", "pipeline", ...args], scaffolded);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    if (stderr) expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(/^pipeforge: --schedule "0 2 \* \*": /);
    expect(files(scaffolded)).toEqual(before);
  });

  it("exits 2 outside a repository", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "pipeforge-new-empty-"));
    try {
      const r = await pipeforge(["new", "pipeline", "dev/platform/data/x"], empty);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("no pipeforge repository");
      expect(existsSync(path.join(empty, "environments"))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
