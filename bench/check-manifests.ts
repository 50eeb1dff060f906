// Throughput of `pipeforge check-manifests`, measured as whole processes (start-up included), as
// the targets are: `npm run build && npm run bench:check -- [--runs 5] [--sets-only]`.
//
// Sets, written under bench/out/ (git-ignored):
//   check-14400/  290 files, 14,400 documents: the upstream Argo Workflows examples
//                 (../shared/upstream/examples/argo-workflows) replicated with renamed metadata
//   check-2880/   58 files, 2,880 documents: the same, a fifth
//   rendered/     the bundled sample tree, rendered by `pipeforge build --out`
//   one.yaml      one small Workflow (the hello-windows example)
// Each set runs with `-n 1` and `-n 2` (the worker count; 1 = main thread only); the table shows
// the median wall time of the runs, and documents per second.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isScalar, parseAllDocuments, parseDocument } from "yaml";
import { expandInputs, planThreads } from "../src/checker/index.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "pipeforge.js");
const OUT = path.join(ROOT, "bench", "out");
const EXAMPLES = path.resolve(ROOT, "../shared/upstream/examples/argo-workflows");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** The text of every example document the YAML parser reads without error (five upstream files it refuses are left out). */
function exampleDocuments(): string[] {
  return yamlFiles(EXAMPLES).flatMap((file) =>
    readFileSync(file, "utf8")
      .split(/^---[ \t]*\r?\n/m)
      .filter((text) => {
        const docs = parseAllDocuments(text, { version: "1.1" });
        return docs.length === 1 && docs[0]?.errors.length === 0 && docs[0].contents !== null;
      }),
  );
}

/** The document with its metadata.name (or generateName) given a suffix, everything else as written upstream. */
function renamed(text: string, n: number): string {
  const doc = parseDocument(text, { version: "1.1" });
  for (const key of ["name", "generateName"]) {
    const node = doc.getIn(["metadata", key], true);
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) continue;
    const value = key === "name" ? `${node.value}-r${n}` : `${node.value}r${n}-`;
    return text.slice(0, node.range[0]) + JSON.stringify(value) + text.slice(node.range[1]);
  }
  return text;
}

/** `docs` documents over `files` files, round-robin over the examples, each renamed. */
function writeSet(dir: string, docs: number, files: number): void {
  const pool = exampleDocuments();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (let f = 0; f < files; f++) {
    const count = Math.floor(docs / files) + (f < docs % files ? 1 : 0);
    const texts: string[] = [];
    for (let i = 0; i < count; i++, n++) texts.push(renamed(pool[n % pool.length] as string, n).replace(/\n*$/, "\n"));
    writeFileSync(path.join(dir, `set-${String(f).padStart(3, "0")}.yaml`), texts.join("---\n"));
  }
}

interface Row {
  set: string;
  docs: number;
  files: number;
  workers: number;
  /** Threads the run really used: -n is a maximum (one per MB of YAML, one per file). */
  threads: number;
  seconds: number;
  exit: number | null;
}

function run(args: string[]): { seconds: number; exit: number | null; stdout: string; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, exit: r.status, stdout: r.stdout, stderr: r.stderr };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function measure(set: string, target: string, workers: number, runs: number): Row {
  const first = run(["check-manifests", target, "-n", String(workers), "--summary"]);
  const m = /Summary: (\d+) resources? found in (\d+) files?/.exec(first.stdout);
  if (!m) throw new Error(`no summary from check-manifests ${target} (exit ${first.exit}):\n${first.stdout.slice(-2000)}${first.stderr.slice(-2000)}`);
  const times = [first.seconds];
  for (let i = 1; i < runs; i++) times.push(run(["check-manifests", target, "-n", String(workers), "--summary"]).seconds);
  const threads = planThreads(workers, expandInputs([target], ROOT), ROOT);
  return { set, docs: Number(m[1]), files: Number(m[2]), workers, threads, seconds: median(times), exit: first.exit };
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, "sets-only": { type: "boolean", default: false } } });
  const runs = Math.max(1, Number(values.runs));
  if (!existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  if (!existsSync(EXAMPLES)) throw new Error(`${EXAMPLES} not found: the synthetic sets are built from the upstream examples`);
  writeSet(path.join(OUT, "check-14400"), 14_400, 290);
  writeSet(path.join(OUT, "check-2880"), 2_880, 58);
  const rendered = path.join(OUT, "rendered");
  rmSync(rendered, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [BIN, "build", "--out", rendered], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`pipeforge build failed:\n${build.stdout}${build.stderr}`);
  const one = path.join(OUT, "one.yaml");
  writeFileSync(one, readFileSync(path.join(EXAMPLES, "examples", "hello-windows.yaml")));
  if (values["sets-only"]) return;

  const rows: Row[] = [];
  for (const [set, target] of [["14,400 docs", "bench/out/check-14400"], ["2,880 docs", "bench/out/check-2880"], ["rendered sample", "bench/out/rendered"], ["one small file", "bench/out/one.yaml"]] as const) {
    for (const workers of [1, 2]) rows.push(measure(set, target, workers, runs));
  }
  process.stdout.write(`node ${process.version}, ${runs} runs each, median wall time of \`node bin/pipeforge.js check-manifests <set> -n <workers> --summary\`\n\n`);
  process.stdout.write("| set | files | documents | -n | threads used | seconds | documents/s | exit |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const r of rows) process.stdout.write(`| ${r.set} | ${r.files} | ${r.docs} | ${r.workers} | ${r.threads} | ${r.seconds.toFixed(3)} | ${Math.round(r.docs / r.seconds)} | ${r.exit} |\n`);
}

main();
