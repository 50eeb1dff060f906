// Repositories on disk for end-to-end tests of apps, graph, init and new:
// what `pipeforge init` writes, for one or two environments, plus changes.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readScaffold } from "../../src/cli/actions/init.js";
import { planInit } from "../../src/scaffold/index.js";
import { VERSION } from "../../src/version.js";
import { bareEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";

export const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const childEnv = bareEnv;

export function pipeforgeSync(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: childEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real CLI in a child process; async, so independent cases can run side by side. */
export function pipeforge(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The files `pipeforge init` writes, for each of these environments (business unit and team as given). */
export function initFiles(envs: readonly string[] = ["dev"], bu = "platform", team = "data"): Map<string, string> {
  const files = new Map<string, string>();
  for (const env of envs) for (const [p, t] of planInit({ version: VERSION, repoURL: REPO_URL, scope: { env, bu, team } }, readScaffold())) files.set(p, t);
  return files;
}

export const REPO_URL = "https://git.example.com/data/pipelines.git";

export function bundledTemplate(name: string): string {
  return readFileSync(path.join(REPO_ROOT, "templates", name), "utf8");
}

export function writeRepo(files: ReadonlyMap<string, string> | Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "pipeforge-e2e-"));
  for (const [rel, text] of files instanceof Map ? files : Object.entries(files)) {
    const abs = path.join(root, ...rel.split("/"));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return root;
}

export function removeRepo(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Finding as `CODE file:line:col`, from a json report document. */
export function findingKeys(json: string): string[] {
  const doc = JSON.parse(json) as { findings: { code: string; file?: string; line?: number; column?: number }[] };
  return doc.findings.map((f) => (f.file ? `${f.code} ${f.file}:${f.line}:${f.column}` : f.code));
}

/** Golden file check: the expected text, rewritten from `actual` when UPDATE_GOLDEN is set. */
export function golden(dir: string, name: string, actual: string): string {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  return readFileSync(file, "utf8");
}
