// V8 code caches (src/launch/code-cache.ts): written by a training process, used by the next one,
// ignored when the source changed, and valid for the bundle `npm run build` wrote (the global
// setup built it). Each case runs in its own Node process: a process loads a file once.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CODE_CACHE = path.join(ROOT, "dist", "launch", "code-cache.js");
const work = mkdtempSync(path.join(tmpdir(), "pipeforge-code-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `body` in a fresh Node process with code-cache.js imported as `cc`; returns what it prints. */
function inProcess(body: string): string {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", `import * as cc from ${JSON.stringify(CODE_CACHE)};\n${body}`], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe("code cache", () => {
  const file = path.join(work, "lib.cjs");
  const source = (n: number) => `const path = require("node:path");\nmodule.exports = { answer: () => ${n}, base: path.basename(__filename), dir: __dirname };\n`;

  it("is written by training and used by the next process, with the same exports", () => {
    writeFileSync(file, source(42));
    const trained = inProcess(`cc.recordCodeCache(); const m = cc.requireCached(${JSON.stringify(file)}); m.answer(); console.log(JSON.stringify(cc.writeCodeCache()));`);
    expect(JSON.parse(trained)).toEqual([file]);
    expect(existsSync(`${file}.v8cache`)).toBe(true);
    const out = inProcess(`const m = cc.requireCached(${JSON.stringify(file)}); console.log(JSON.stringify([m.answer(), m.base, m.dir, cc.codeCacheOutcome(${JSON.stringify(file)})]));`);
    expect(JSON.parse(out)).toEqual([42, "lib.cjs", work, "used"]);
  });

  it("is ignored once the source changed, and the new source runs", () => {
    writeFileSync(file, source(7));
    const out = inProcess(`const m = cc.requireCached(${JSON.stringify(file)}); console.log(JSON.stringify([m.answer(), cc.codeCacheOutcome(${JSON.stringify(file)})]));`);
    expect(JSON.parse(out)).toEqual([7, "rejected"]);
  });

  it("compiles as usual without one, and loads a file once per process", () => {
    const plain = path.join(work, "plain.cjs");
    writeFileSync(plain, "globalThis.__loads = (globalThis.__loads ?? 0) + 1; module.exports = 1;\n");
    const out = inProcess(`cc.requireCached(${JSON.stringify(plain)}); cc.requireCached(${JSON.stringify(plain)}); console.log(JSON.stringify([globalThis.__loads, cc.codeCacheOutcome(${JSON.stringify(plain)})]));`);
    expect(JSON.parse(out)).toEqual([1, "none"]);
  });

  it("the build's cache for the CLI bundle is one this Node accepts", () => {
    const bundle = path.join(ROOT, "dist", "bundle", "pipeforge.cjs");
    const out = inProcess(`const cli = cc.requireCached(${JSON.stringify(bundle)}); console.log(JSON.stringify([typeof cli.main, cc.codeCacheOutcome(${JSON.stringify(bundle)})]));`);
    expect(JSON.parse(out)).toEqual(["function", "used"]);
  });
});

describe("launch profiles", () => {
  const bundle = path.join(ROOT, "dist", "bundle", "pipeforge.cjs");
  const PROFILE = path.join(ROOT, "dist", "launch", "profile.js");
  const LOAD_CLI = path.join(ROOT, "dist", "launch", "load-cli.js");

  /**
   * Loads the bundle as bin/pipeforge.js does for `args` (load-cli.ts), runs it quietly, and lists
   * how each loaded file was compiled. Without caches (cli/cache-folder.ts): a run whose manifests
   * were checked before would load no validator.
   */
  function launch(args: string[], cwd: string): [string, string][] {
    const out = inProcess(
      `const { launchProfile } = await import(${JSON.stringify(PROFILE)});
const { loadBundledCli } = await import(${JSON.stringify(LOAD_CLI)});
const cli = await loadBundledCli(launchProfile(${JSON.stringify(args)}));
const io = { cwd: ${JSON.stringify(cwd)}, env: { PIPEFORGE_CACHE_DIR: "" }, stdout: () => undefined, stderr: () => undefined, stdoutIsTty: false };
const code = await cli.main(${JSON.stringify(args)}, io);
console.log(JSON.stringify([["exit", String(code)], ["bundle", cc.codeCacheOutcome(${JSON.stringify(bundle)})], ...cli.codeCacheOutcomes()]));`,
    );
    return JSON.parse(out) as [string, string][];
  }

  it.each([
    { name: "generate (short)", args: ["generate"], profile: "short" },
    { name: "validate (default)", args: ["validate"], profile: "default" },
  ])("$name: the bundle and every validator and template module it loads use the profile's cache", ({ args, profile }) => {
    const loaded = launch(args, args[0] === "generate" ? firstTeamFolder() : ROOT);
    expect(loaded[0]).toEqual(["exit", "0"]);
    expect(loaded.length).toBeGreaterThan(5);
    for (const [file, outcome] of loaded.slice(1)) expect([file, outcome]).toEqual([file, "used"]);
    for (const [file] of loaded.slice(2)) expect(existsSync(profile === "default" ? `${file}.v8cache` : `${file}.${profile}.v8cache`)).toBe(true);
  });

  /** The first team folder of the sample tree, as train.ts picks it. */
  function firstTeamFolder(): string {
    const dirs = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
    return dirs(dirs(dirs(path.join(ROOT, "environments"))[0]!)[0]!)[0]!;
  }
});
