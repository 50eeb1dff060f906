// A check-manifests worker thread: reads and checks the files the main thread sends, one
// message per file, and reports its schema-source problems when told it is done.
import { parentPort, workerData } from "node:worker_threads";
import { checkBytes } from "./check-file.js";
import { createCheckContext, schemaProblems } from "./context.js";
import { InputError } from "./inputs.js";
import { readInput, type FromWorker, type ToWorker, type WorkerData } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("worker.ts runs only as a worker thread");
const { options, cwd } = workerData as WorkerData;
const ctx = createCheckContext(options);
const post = (message: FromWorker) => port.postMessage(message);

port.on("message", (message: ToWorker) => {
  if (message.type === "done") {
    post({ type: "problems", problems: schemaProblems(ctx) });
    port.close();
    return;
  }
  try {
    post({ type: "result", index: message.index, resources: checkBytes(message.file, readInput(cwd, message.file), ctx) });
  } catch (error) {
    // An unreadable file is the user's problem; anything else is a bug and ends the run (exit 3).
    if (!(error instanceof InputError)) throw error;
    post({ type: "failed", message: error.message });
  }
});
