// npm run bench [-- --size large|small|double] [--runs N] [--short-runs N] [--json FILE]
// Measures whole processes (start-up included) on a synthetic repository and
// reports the median of N runs (--short-runs for the half-second commands, whose
// medians move more with a shared machine's noise), peak memory, and each figure's ratio to two
// floors (reading + parsing inputs and serialising outputs; see floor.ts): with
// the yaml library, as the benchmark issue defines it, and with pipeforge's own
// reader and writer.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateRepository, type GenOptions } from "./gen.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "pipeforge.js");
const PROBE = path.join(ROOT, "bench", "rss-probe.cjs");

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
/** Every run, or for many the range and quartiles. */
const runsText = (runsMs: readonly number[]) => {
  if (runsMs.length <= 7) return runsMs.map(seconds).join(" ");
  const s = [...runsMs].sort((a, b) => a - b);
  const at = (f: number) => seconds(s[Math.round((s.length - 1) * f)]!);
  return `${s.length} runs: min ${at(0)}, p25 ${at(0.25)}, p75 ${at(0.75)}, max ${at(1)}`;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A measured process: pipeforge's CLI under node, or a program that starts it (the pre-commit hook). */
interface Launch {
  readonly file: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** `node bin/pipeforge.js ARGS`, with the memory probe. */
const cli = (args: readonly string[]): Launch => ({ file: process.execPath, args: ["--require", PROBE, BIN, ...args] });

function timed(name: string, runs: number, launch: Launch, cwd: string, before?: () => void, env: Record<string, string> = {}): Measure {
  const runsMs: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    before?.();
    const rssFile = path.join(tmpdir(), `pipeforge-rss-${process.pid}-${i}`);
    rmSync(rssFile, { force: true });
    const t = performance.now();
    const r = spawnSync(launch.file, launch.args, { cwd, env: { ...process.env, ...env, ...launch.env, PIPEFORGE_RSS_FILE: rssFile, NO_COLOR: "1" }, encoding: "utf8", maxBuffer: 1 << 30 });
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
  const { values } = parseArgs({ options: { size: { type: "string", default: "large" }, runs: { type: "string", default: "5" }, "short-runs": { type: "string", default: "21" }, json: { type: "string" }, scaling: { type: "boolean", default: false } } });
  const size = SIZES[values.size!];
  if (!size) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const runs = Number(values.runs);
  const shortRuns = Number(values["short-runs"]);
  const work = mkdtempSync(path.join(tmpdir(), "pipeforge-bench-"));
  const repo = path.join(work, "repo");
  writeRepo(repo, size);
  const pipelines = size.envs * size.bus * size.teams * size.pipelines;
  const out = path.join(work, "out");
  const results: Measure[] = [];
  const fresh = () => rmSync(out, { recursive: true, force: true });

  // Caches (README, "Caches") in the work folder, never the user's: off (as in a first run), or
  // filled by earlier runs.
  const cached = { PIPEFORGE_CACHE_DIR: path.join(work, "cache") };
  const uncached = { PIPEFORGE_CACHE_DIR: "" };
  results.push(timed("build", runs, cli(["build", "-C", repo, "--out", out]), work, fresh, uncached));
  results.push(timed("validate", runs, cli(["validate", "-C", repo]), work, undefined, uncached));
  // The Argo CD plugin: one team. A commit to the repository renders every team again, most of
  // them unchanged (their schema checks are kept); the team whose file changed checks that again.
  const team = path.join(repo, "environments", "dev", "bu0", "team0");
  const teamSpec = path.join(team, "p1-customers.yaml");
  const teamSpecText = readFileSync(teamSpec, "utf8");
  let edits = 0;
  const editSpec = (file: string, text: string) => () => writeFileSync(file, text.replace("Synthetic pipeline 1", `Synthetic pipeline 1, edit ${++edits}`));
  results.push(timed("generate (one team, no cache)", shortRuns, cli(["generate"]), team, undefined, uncached));
  phases(["generate"], team, cached);
  results.push(timed("generate (one team)", shortRuns, cli(["generate"]), team, undefined, cached));
  results.push(timed("generate (one team, a file changed since the last run)", shortRuns, cli(["generate"]), team, editSpec(teamSpec, teamSpecText), cached));
  editSpec(teamSpec, teamSpecText)();
  const generatePhases = phases(["generate"], team, cached);
  writeFileSync(teamSpec, teamSpecText);
  // Floors: inputs parsed and outputs serialised in one process, with the yaml library and with pipeforge's own code.
  const floor = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "floor.ts"), repo, out], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 })) as {
    readParseMs: number;
    serializeMs: number;
    libraryReadParseMs: number;
    librarySerializeMs: number;
    outputs: number;
  };
  const nodeStart = timed("node start-up", shortRuns, cli(["--version"]), work).medianMs;
  // Node 20 parses its certificate store at start when NODE_EXTRA_CA_CERTS is set (nodejs/node#40524); an empty value is as unset.
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS ? timed("node start-up without NODE_EXTRA_CA_CERTS", shortRuns, cli(["--version"]), work, undefined, { NODE_EXTRA_CA_CERTS: "" }).medianMs : undefined;
  const libraryFloorMs = floor.libraryReadParseMs + floor.librarySerializeMs + nodeStart;
  const ownFloorMs = floor.readParseMs + floor.serializeMs + nodeStart;
  results.push(timed("check-manifests (rendered output)", runs, cli(["check-manifests", out]), work));
  // Pre-commit: a one-file change staged in a git repository of the whole tree; each run's
  // change is new (its file's facts and its manifest's checks are not kept yet), the rest of the
  // tree is as the caches found it in earlier commits.
  const gitRepo = path.join(work, "git");
  cpSync(repo, gitRepo, { recursive: true });
  git(gitRepo, "init", "-q");
  git(gitRepo, "add", "-A");
  git(gitRepo, "commit", "-qm", "base");
  const spec = path.join(gitRepo, "environments", "dev", "bu0", "team0", "p1-customers.yaml");
  const specText = readFileSync(spec, "utf8");
  const stageEdit = () => {
    editSpec(spec, specText)();
    git(gitRepo, "add", spec);
  };
  stageEdit();
  results.push(timed("validate --staged (one file, no cache)", shortRuns, cli(["validate", "--staged"]), gitRepo, undefined, uncached));
  phases(["validate", "--staged"], gitRepo, cached);
  results.push(timed("validate --staged (one file)", shortRuns, cli(["validate", "--staged"]), gitRepo, stageEdit, cached));
  // The same through the hook `pipeforge hook install` writes, as `git commit` runs it: sh, one
  // `git rev-parse`, then the project's pipeforge (node_modules/.bin) without NODE_EXTRA_CA_CERTS.
  execFileSync(process.execPath, [BIN, "hook", "install", "-C", gitRepo], { stdio: "ignore" });
  mkdirSync(path.join(gitRepo, "node_modules", ".bin"), { recursive: true });
  symlinkSync(BIN, path.join(gitRepo, "node_modules", ".bin", "pipeforge"));
  const throughHook: Launch = { file: path.join(gitRepo, ".git", "hooks", "pre-commit"), args: [], env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(PROBE)}`, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}` } };
  results.push(timed("validate --staged through the pre-commit hook (one file)", shortRuns, throughHook, gitRepo, stageEdit, cached));
  stageEdit();
  const phaseRuns = { generate: generatePhases, "validate --staged": phases(["validate", "--staged"], gitRepo, cached) };
  // Above, HEAD's copy of the changed file is a loose object, as after a commit made here; after a
  // clone or `git gc` it is in a pack, and cat-file is started for it (README, "Git is read").
  git(gitRepo, "repack", "-adq");
  git(gitRepo, "prune");
  results.push(timed("validate --staged (one file, objects packed)", shortRuns, cli(["validate", "--staged"]), gitRepo, stageEdit, cached));
  const table = [
    `pipeforge benchmark: ${pipelines} pipelines (${values.size}), ${floor.outputs} output documents, median of ${runs} runs (${shortRuns} for generate and validate --staged)`,
    "",
    "| measurement | median | runs | peak RSS | × floor (yaml library) | × floor (pipeforge's reader and writer) |",
    "|---|---:|---|---:|---:|---:|",
    ...results.map((m) => `| ${m.name} | ${seconds(m.medianMs)} | ${runsText(m.runsMs)} | ${m.peakRssMiB.toFixed(0)} MiB | ${(m.medianMs / libraryFloorMs).toFixed(2)} | ${(m.medianMs / ownFloorMs).toFixed(2)} |`),
    `| floor, yaml library: read+parse inputs ${seconds(floor.libraryReadParseMs)} + serialise outputs ${seconds(floor.librarySerializeMs)} + node start ${seconds(nodeStart)} | ${seconds(libraryFloorMs)} | | | 1.00 | |`,
    `| floor, pipeforge's reader and writer: read+parse inputs ${seconds(floor.readParseMs)} + serialise outputs ${seconds(floor.serializeMs)} + node start ${seconds(nodeStart)} | ${seconds(ownFloorMs)} | | | | 1.00 |`,
  ].join("\n");
  process.stdout.write(`${table}\n`);
  process.stdout.write(`\nNode start-up (\`pipeforge --version\`, which loads no CLI): ${seconds(nodeStart)}${extraCaCerts === undefined ? "" : `; NODE_EXTRA_CA_CERTS is set here, and without it: ${seconds(extraCaCerts)} (the pre-commit hook starts pipeforge without it)`}.\n`);
  for (const [command, lines] of Object.entries(phaseRuns)) process.stdout.write(`\nPhases of one more \`${command}\` (PIPEFORGE_TIMINGS=1; ms since the process started, then since the previous mark):\n${lines.join("\n")}\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ size: values.size, pipelines, runs, shortRuns, floor: { ...floor, nodeStartMs: nodeStart, nodeStartWithoutExtraCaCertsMs: extraCaCerts, libraryTotalMs: libraryFloorMs, ownTotalMs: ownFloorMs }, results, phases: phaseRuns }, null, 2) + "\n");
  rmSync(work, { recursive: true, force: true });
}

main();
