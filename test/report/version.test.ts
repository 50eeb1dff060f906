// The version the CLI prints and SARIF records is the package's; the launcher
// answers --version itself, without loading the bundle, and must say the same.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { runInProcess, spawnCli } from "../robustness/cli.js";
import { REPO_ROOT } from "../support/repo.js";

it("VERSION matches package.json", () => {
  expect(VERSION).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version);
});

it("--version and -V print it, through the launcher's short cut as through the CLI", async () => {
  for (const flag of ["--version", "-V"]) {
    const spawned = await spawnCli([flag], { cwd: REPO_ROOT });
    expect([spawned.code, spawned.stdout, spawned.stderr]).toEqual([0, `${VERSION}\n`, ""]);
    const inProcess = await runInProcess([flag], REPO_ROOT);
    expect([inProcess.code, inProcess.stdout]).toEqual([0, `${VERSION}\n`]);
  }
});
