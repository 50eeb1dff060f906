// Property: random mutations of the sample tree (inside files, of their text,
// and of the tree itself) only ever produce diagnostics: compile resolves in
// bounded time without throwing or polluting Object.prototype; a clean result
// reads back as the same objects; and `generate` (the Argo CD plugin) exits 0
// or 1, printing nothing when it fails. A few trees also go through the real
// process (`node bin/pipeforge.js generate`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { compileFiles, sampleFiles } from "../support/repo.js";
import { runInProcess, spawnCli } from "../robustness/cli.js";
import { prototypeKeys } from "../robustness/corpus-support.js";
import { expectStreamRoundTrips } from "../robustness/output-checks.js";
import { mutate, mutations, type Tree } from "./mutations.js";
import { configureProperties, seeded } from "./seed.js";

configureProperties(60);
const SAMPLE: Tree = sampleFiles();
const HANG_GUARD_MS = 5_000;

/** Writes the tree under a new temporary folder; false when a path would leave it (a `..` segment), which the memory host takes literally. */
function writeTree(tree: Tree): { root: string; faithful: boolean; dispose(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pipeforge-mutant-"));
  let faithful = true;
  for (const [rel, content] of Object.entries(tree)) {
    const parts = rel.split("/");
    if (parts.some((p) => p === ".." || p === "." || p === "")) {
      faithful = false;
      continue;
    }
    const abs = path.join(root, ...parts);
    try {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    } catch {
      // A file where the tree also needs a folder (or the reverse): the memory host allows both.
      faithful = false;
    }
  }
  return { root, faithful, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

function expectGenerateContract(run: { code: number | null; stdout: string; stderr: string }): void {
  expect([0, 1], `generate exit code; stderr: ${run.stderr.slice(0, 600)}`).toContain(run.code);
  if (run.code !== 0) expect(run.stdout, "stdout of a failed generate").toBe("");
  else for (const doc of parseAllDocuments(run.stdout)) expect(doc.errors).toEqual([]);
}

describe(seeded("random mutations of the sample tree"), () => {
  it("give diagnostics, never an exception, a hang, pollution or output alongside errors", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const tree = mutate(SAMPLE, list);
        const started = performance.now();
        const result = await compileFiles(tree);
        expect(performance.now() - started, "compile wall time (ms)").toBeLessThan(HANG_GUARD_MS);
        expect(prototypeKeys()).toEqual([]);
        if (!result.failed) expectStreamRoundTrips(result.manifests);

        const disk = writeTree(tree);
        try {
          const generate = await runInProcess(["generate"], disk.root);
          expectGenerateContract(generate);
          if (disk.faithful && result.failed) expect(generate.code, "generate on a tree with errors").toBe(1);
        } finally {
          disk.dispose();
        }
      }),
    );
  });

  it("through the real CLI process, generate keeps the plugin contract", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const disk = writeTree(mutate(SAMPLE, list));
        try {
          expectGenerateContract(await spawnCli(["generate"], { cwd: disk.root, timeoutMs: 30_000 }));
        } finally {
          disk.dispose();
        }
      }),
      { numRuns: 4 },
    );
  });
});
