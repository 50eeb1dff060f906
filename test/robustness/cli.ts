// Running the CLI from robustness tests: in-process through main() (cheap,
// for every case) or as the real `node bin/pipeforge.js` process (for the
// cases where the process itself matters: its stack, its heap, its exit code).
import { spawn } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/main.js";
import { testEnv } from "../support/env.js";
import { REPO_ROOT } from "../support/repo.js";

export const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export async function runInProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const started = performance.now();
  const code = await main(args, { cwd, env: { NO_COLOR: "1", ...env }, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTty: false });
  return { code, stdout, stderr, ms: performance.now() - started };
}

export interface SpawnOptions {
  readonly cwd: string;
  readonly env?: Record<string, string>;
  /** V8 heap limit in MB: a run that needs more dies, which the test sees as a crash. */
  readonly maxHeapMb?: number;
  /** Kill the process after this long (a hang guard; the test then sees a null exit code). */
  readonly timeoutMs?: number;
}

export function spawnCli(args: readonly string[], options: SpawnOptions): Promise<CliRun> {
  const node = options.maxHeapMb ? [`--max-old-space-size=${options.maxHeapMb}`] : [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, BIN, ...args], { cwd: options.cwd, env: testEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => void (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => void (stderr += t));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

interface JsonFinding {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** `validate --format json` findings as `CODE file:line:col`, the shape the corpus compares. */
export function jsonFindings(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return report.findings.map((f) => (f.file ? `${f.code} ${f.file}:${f.line}:${f.column}` : f.code)).sort();
}
