// npm run bench [-- --size large|small|double] [--runs N] [--json FILE]
// Measures whole processes (start-up included) on a synthetic repository and
// reports the median of N runs, peak memory, and each figure's ratio to two
// floors (reading + parsing inputs and serialising outputs; see floor.ts): with
// the yaml library, as the benchmark issue defines it, and with pipeforge's own
// reader and writer.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateRepository, type GenOptions } from "./gen.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "pipeforge.js");
const PROBE = path.join(ROOT, "bench", "rss-probe.mjs");

const SIZES: Record<string, GenOptions> = {
  small: { envs: 2, bus: 2, teams: 3, pipelines: 5 },
  large: { envs: 3, bus: 8, teams: 10, pipelines: 25 },
  double: { envs: 3, bus: 8, teams: 20, pipelines: 25 },
};

interface Measure {
  readonly name: string;
  readonly medianMs: number;
  readonly runsMs: number[];
  readonly peakRssMiB: number;
}

function writeRepo(dir: string, size: GenOptions): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of generateRepository(size)) {
    const file = path.join(dir, rel);
    execFileSync("mkdir", ["-p", path.dirname(file)]);
    writeFileSync(file, text);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timed(name: string, runs: number, args: string[], cwd: string, before?: () => void, env: Record<string, string> = {}): Measure {
  const runsMs: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    before?.();
    const rssFile = path.join(tmpdir(), `pipeforge-rss-${process.pid}-${i}`);
    rmSync(rssFile, { force: true });
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--import", PROBE, BIN, ...args], { cwd, env: { ...process.env, ...env, PIPEFORGE_RSS_FILE: rssFile, NO_COLOR: "1" }, encoding: "utf8", maxBuffer: 1 << 30 });
    runsMs.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    peak = Math.max(peak, ...readFileSync(rssFile, "utf8").trim().split("\n").map(Number));
    rmSync(rssFile, { force: true });
  }
  return { name, medianMs: median(runsMs), runsMs, peakRssMiB: peak / 2 ** 20 };
}

/** Where one more run of a command spends its time: the CLI's `PIPEFORGE_TIMINGS=1` marks (src/util/timings.ts). */
function phases(args: string[], cwd: string, env: Record<string, string> = {}): string[] {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env, PIPEFORGE_TIMINGS: "1", NO_COLOR: "1" }, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr.slice(-2000)}`);
  return r.stderr.split("\n").filter((line) => line.startsWith("timings: "));
}

/** No automatic `git gc`: it detaches and would still be writing into .git when the work folder is removed. */
function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "gc.auto=0", "-c", "maintenance.auto=false", ...args], { cwd, stdio: "ignore" });
}

function main(): void {
  const { values } = parseArgs({ options: { size: { type: "string", default: "large" }, runs: { type: "string", default: "5" }, json: { type: "string" }, scaling: { type: "boolean", default: false } } });
  const size = SIZES[values.size!];
  if (!size) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const runs = Number(values.runs);
  const work = mkdtempSync(path.join(tmpdir(), "pipeforge-bench-"));
  const repo = path.join(work, "repo");
  writeRepo(repo, size);
  const pipelines = size.envs * size.bus * size.teams * size.pipelines;
  const out = path.join(work, "out");
  const results: Measure[] = [];
  const fresh = () => rmSync(out, { recursive: true, force: true });

  results.push(timed("build", runs, ["build", "-C", repo, "--out", out], work, fresh));
  results.push(timed("validate", runs, ["validate", "-C", repo], work));
  const team = path.join(repo, "environments", "dev", "bu0", "team0");
  results.push(timed("generate (one team)", runs, ["generate"], team));
  // Floors: inputs parsed and outputs serialised in one process, with the yaml library and with pipeforge's own code.
  const floor = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "floor.ts"), repo, out], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 })) as {
    readParseMs: number;
    serializeMs: number;
    libraryReadParseMs: number;
    librarySerializeMs: number;
    outputs: number;
  };
  const nodeStart = timed("node start-up", runs, ["--version"], work).medianMs;
  const libraryFloorMs = floor.libraryReadParseMs + floor.librarySerializeMs + nodeStart;
  const ownFloorMs = floor.readParseMs + floor.serializeMs + nodeStart;
  results.push(timed("check-manifests (rendered output)", runs, ["check-manifests", out], work));
  // Pre-commit: a one-file change staged in a git repository of the whole tree.
  const gitRepo = path.join(work, "git");
  cpSync(repo, gitRepo, { recursive: true });
  git(gitRepo, "init", "-q");
  git(gitRepo, "add", "-A");
  git(gitRepo, "commit", "-qm", "base");
  const spec = path.join(gitRepo, "environments", "dev", "bu0", "team0", "p1-customers.yaml");
  writeFileSync(spec, readFileSync(spec, "utf8").replace("Synthetic pipeline 1", "Synthetic pipeline one"));
  git(gitRepo, "add", spec);
  // Its facts cache (README, "validate --staged keeps a cache") in the work folder: without it, as
  // in a first run, then filled by one run and used, as in every later commit's check.
  const cached = { PIPEFORGE_CACHE_DIR: path.join(work, "cache") };
  results.push(timed("validate --staged (one file, no cache)", runs, ["validate", "--staged"], gitRepo, undefined, { PIPEFORGE_CACHE_DIR: "" }));
  phases(["validate", "--staged"], gitRepo, cached);
  results.push(timed("validate --staged (one file)", runs, ["validate", "--staged"], gitRepo, undefined, cached));
  const phaseRuns = { generate: phases(["generate"], team), "validate --staged": phases(["validate", "--staged"], gitRepo, cached) };
  // Above, HEAD's copy of the changed file is a loose object, as after a commit made here; after a
  // clone or `git gc` it is in a pack, and cat-file is started for it (README, "Git is read").
  git(gitRepo, "repack", "-adq");
  git(gitRepo, "prune");
  results.push(timed("validate --staged (one file, objects packed)", runs, ["validate", "--staged"], gitRepo, undefined, cached));
  const table = [
    `pipeforge benchmark: ${pipelines} pipelines (${values.size}), ${floor.outputs} output documents, median of ${runs} runs`,
    "",
    "| measurement | median | runs | peak RSS | × floor (yaml library) | × floor (pipeforge's reader and writer) |",
    "|---|---:|---|---:|---:|---:|",
    ...results.map((m) => `| ${m.name} | ${seconds(m.medianMs)} | ${m.runsMs.map(seconds).join(" ")} | ${m.peakRssMiB.toFixed(0)} MiB | ${(m.medianMs / libraryFloorMs).toFixed(2)} | ${(m.medianMs / ownFloorMs).toFixed(2)} |`),
    `| floor, yaml library: read+parse inputs ${seconds(floor.libraryReadParseMs)} + serialise outputs ${seconds(floor.librarySerializeMs)} + node start ${seconds(nodeStart)} | ${seconds(libraryFloorMs)} | | | 1.00 | |`,
    `| floor, pipeforge's reader and writer: read+parse inputs ${seconds(floor.readParseMs)} + serialise outputs ${seconds(floor.serializeMs)} + node start ${seconds(nodeStart)} | ${seconds(ownFloorMs)} | | | | 1.00 |`,
  ].join("\n");
  process.stdout.write(`${table}\n`);
  for (const [command, lines] of Object.entries(phaseRuns)) process.stdout.write(`\nPhases of one more \`${command}\` (PIPEFORGE_TIMINGS=1; ms since the process started, then since the previous mark):\n${lines.join("\n")}\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ size: values.size, pipelines, runs, floor: { ...floor, nodeStartMs: nodeStart, libraryTotalMs: libraryFloorMs, ownTotalMs: ownFloorMs }, results, phases: phaseRuns }, null, 2) + "\n");
  rmSync(work, { recursive: true, force: true });
}

main();
