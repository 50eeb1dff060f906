// bin/pipeforge.js and what it requires (dist/launch/launch.cjs, the CLI bundle) are CommonJS, so
// that no run goes through Node's ES module loader (launch.ts says what that saves). Each case runs
// the real launcher with a preload that records the internal modules Node loaded by the exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { BIN } from "../robustness/cli.js";
import { testEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";

const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-launch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRELOAD = path.join(dir, "record-modules.cjs");
writeFileSync(PRELOAD, 'process.on("exit", () => require("node:fs").writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join("\\n")));\n');

/** Internal modules only an ES module entry or `import()` loads. */
const ES_LOADER = /^NativeModule internal\/modules\/esm\/(module_job|translators|resolve)$/m;

function run(script: string, args: readonly string[], cwd: string) {
  const out = path.join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--require", PRELOAD, script, ...args], { cwd, env: testEnv({ MODULES_OUT: out }), encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, modules: readFileSync(out, "utf8") };
}

describe("the launcher", () => {
  it("the check sees the ES module loader where an ES module runs", () => {
    const esm = path.join(dir, "entry.mjs");
    writeFileSync(esm, "process.stdout.write('es\\n');\n");
    const r = run(esm, [], dir);
    expect([r.code, r.stdout]).toEqual([0, "es\n"]);
    expect(r.modules).toMatch(ES_LOADER);
  });

  it.each([
    { name: "--version", args: ["--version"], cwd: "." },
    { name: "generate (short profile)", args: ["generate"], cwd: "environments/hml/autos/dataeng" },
    { name: "validate (default profile)", args: ["validate", "--format", "json"], cwd: "." },
  ])("$name runs without it", ({ args, cwd }) => {
    const r = run(BIN, args, path.join(REPO_ROOT, cwd));
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    if (args[0] === "--version") expect(r.stdout).toBe(`${VERSION}\n`);
    if (args[0] === "generate") expect(r.stdout).toContain("kind: ");
    expect(r.modules).toContain("NativeModule internal/modules/cjs/loader");
    expect(r.modules).not.toMatch(ES_LOADER);
  });
});
