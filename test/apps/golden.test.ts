// Golden output of `pipeforge apps` for the bundled sample tree, run through
// the real CLI. UPDATE_GOLDEN=1 rewrites the files.
import path from "node:path";
import { describe, it } from "vitest";
import { REPO_ROOT } from "../support/repo.js";
import { golden, pipeforge } from "./fixture.js";

const GOLDEN = path.join(REPO_ROOT, "test", "golden", "apps");

describe.concurrent("pipeforge apps on the bundled sample", () => {
  it.for([
    ["text", "sample.txt", []],
    ["json", "sample.json", []],
    ["text", "sample-prd.txt", ["--env", "prd"]],
  ] as const)("--format %s matches %s", async ([format, file, extra], { expect }) => {
    const r = await pipeforge(["apps", "--format", format, ...extra], REPO_ROOT);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden(GOLDEN, file, r.stdout));
  });
});
