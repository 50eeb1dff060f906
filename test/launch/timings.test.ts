// `PIPEFORGE_TIMINGS=1`: the CLI process prints where its time went to stderr, one mark per phase
// in the order the phases ran, and changes nothing else (the plugin's stdout above all).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin", "pipeforge.js");
const dirs = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
const TEAM = dirs(dirs(dirs(path.join(ROOT, "environments"))[0]!)[0]!)[0]!;

const run = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, "generate"], { cwd: TEAM, env: { ...process.env, PIPEFORGE_TIMINGS: "", ...env }, encoding: "utf8" });

describe("PIPEFORGE_TIMINGS", () => {
  it("prints each phase of generate to stderr, in order, and leaves stdout as it was", () => {
    const plain = run({});
    const timed = run({ PIPEFORGE_TIMINGS: "1" });
    expect([plain.status, timed.status]).toEqual([0, 0]);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain("timings:");
    const lines = timed.stderr.split("\n").filter((l) => l !== "");
    for (const line of lines) expect(line).toMatch(/^timings: +\d+\.\d ms +\+\d+\.\d ms {2}\S/);
    const labels = lines.map((l) => l.replace(/^timings: +\S+ ms +\S+ ms {2}/, "").split(/[:,]/)[0]);
    expect(labels).toEqual(["start", "arguments parsed", "walk", "select and read the files a focused run needs (all files otherwise)", "parse and check the input files", "resolve", "trigger graph and semantic checks", "emit", "schemas", "policies", "command done"]);
    const at = lines.map((l) => Number(/^timings: +(\S+)/.exec(l)![1]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
