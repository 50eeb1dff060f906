// Files checked on worker threads, the main thread taking its share. Each thread pulls the next
// file from one queue (a couple in flight per worker so none waits on a message), so a few big
// files cannot leave a thread idle; results land in the slot of their file, which makes the
// merged order the input order whatever the timing. Each thread has its own registry: schemas
// compile (or load precompiled) once per kind per thread.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { checkBytes } from "./check-file.js";
import { createCheckContext, schemaProblems } from "./context.js";
import { InputError } from "./inputs.js";
import type { CheckOptions, ResourceResult } from "./types.js";

export interface PoolResult {
  readonly resources: ResourceResult[];
  readonly schemaProblems: string[];
}

/** Messages between the main thread and a worker (worker.ts). */
export type ToWorker = { type: "file"; index: number; file: string } | { type: "done" };
export type FromWorker =
  | { type: "result"; index: number; resources: ResourceResult[] }
  | { type: "failed"; message: string }
  | { type: "problems"; problems: string[] };

export interface WorkerData {
  readonly options: CheckOptions;
  readonly cwd: string;
}

const IN_FLIGHT = 2;
const WORKER_URL = new URL("./worker.js", import.meta.url);

export function readInput(cwd: string, file: string): Uint8Array {
  try {
    return readFileSync(path.resolve(cwd, file));
  } catch (error) {
    throw new InputError(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** `threads` counts the main thread: 1 checks everything in-process and starts no worker. */
export async function checkFilesOnThreads(files: readonly string[], options: CheckOptions, threads: number, cwd: string): Promise<PoolResult> {
  const results: ResourceResult[][] = new Array<ResourceResult[]>(files.length);
  let next = 0;
  const take = (): number | undefined => (next < files.length ? next++ : undefined);
  const workers = Array.from({ length: Math.max(0, Math.min(threads, files.length) - 1) }, () => runWorker({ options, cwd }, files, take, results));
  const ctx = createCheckContext(options);
  // A rejected worker must not go unhandled while this thread is still busy.
  const settled = Promise.all(workers);
  settled.catch(() => undefined);
  for (let i = take(); i !== undefined; i = take()) {
    results[i] = checkBytes(files[i] as string, readInput(cwd, files[i] as string), ctx);
    // Let waiting workers have their next file.
    if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const problems = new Set([...schemaProblems(ctx), ...(await settled).flat()]);
  return { resources: results.flat(), schemaProblems: [...problems].sort() };
}

function runWorker(data: WorkerData, files: readonly string[], take: () => number | undefined, results: ResourceResult[][]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: data });
    let inFlight = 0;
    let finished = false;
    const send = (message: ToWorker) => worker.postMessage(message);
    const feed = () => {
      for (let i = inFlight < IN_FLIGHT ? take() : undefined; i !== undefined; i = inFlight < IN_FLIGHT ? take() : undefined) {
        inFlight += 1;
        send({ type: "file", index: i, file: files[i] as string });
      }
      if (inFlight === 0) send({ type: "done" });
    };
    worker.on("message", (message: FromWorker) => {
      if (message.type === "result") {
        results[message.index] = message.resources;
        inFlight -= 1;
        feed();
      } else if (message.type === "problems") {
        finished = true;
        resolve(message.problems);
      } else {
        finished = true;
        reject(new InputError(message.message));
        void worker.terminate();
      }
    });
    worker.on("error", (error) => {
      finished = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!finished) reject(new Error(`check-manifests worker exited with code ${code} before finishing`));
    });
    feed();
  });
}
