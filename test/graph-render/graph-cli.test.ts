// pipeforge graph end to end: goldens for the bundled sample in every
// format, --env, and what happens on errors.
import path from "node:path";
import { afterAll, describe, it } from "vitest";
import { golden, initFiles, pipeforge, removeRepo, writeRepo } from "../apps/fixture.js";
import { REPO_ROOT } from "../support/repo.js";

const GOLDEN = path.join(REPO_ROOT, "test", "golden", "graph");
const made: string[] = [];
afterAll(() => made.forEach(removeRepo));

describe.concurrent("pipeforge graph", () => {
  it.for([
    ["mermaid", "sample.mmd", []],
    ["dot", "sample.dot", []],
    ["markdown", "sample-hml.md", ["--env", "hml"]],
  ] as const)("--format %s on the sample matches %s", async ([format, file, extra], { expect }) => {
    const r = await pipeforge(["graph", "--format", format, ...extra], REPO_ROOT);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden(GOLDEN, file, r.stdout));
  });

  it("draws Mermaid by default", async ({ expect }) => {
    const r = await pipeforge(["graph", "--env", "prd"], REPO_ROOT);
    expect(r.stdout.startsWith("flowchart LR\n")).toBe(true);
    expect(r.stdout).toContain('["prd/autos/dataeng/orders-daily (0 3 * * *)"]');
    expect(r.stdout).not.toContain("hml/");
  });

  it("draws nothing for a repository with errors: exit 1, findings on stderr", async ({ expect }) => {
    const files = initFiles(["dev"]);
    files.set("environments/dev/platform/data/broken.yaml", "apiVersion: pipeforge.io/v1alpha1\nkind: Pipeline\nspec:\n  tasks:\n    - name: a\n      dependsOn: [b]\n      container: {image: alpine:3.20}\n");
    const root = writeRepo(files);
    made.push(root);
    const r = await pipeforge(["graph"], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("environments/dev/platform/data/broken.yaml:6:19: error SEM003");
    expect(r.stderr).toContain("graph: the repository has errors; nothing drawn");
  });

  it.for([
    ["an unknown format", ["graph", "--format", "svg"], "--format must be one of mermaid, markdown, dot"],
    ["an unknown environment", ["graph", "--env", "qa"], "--env qa: no such environment (have hml, prd)"],
  ] as const)("exits 2 on %s", async ([, args, message], { expect }) => {
    const r = await pipeforge(args, REPO_ROOT);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `pipeforge: ${message}\n` });
  });
});
