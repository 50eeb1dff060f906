// Bounded time, memory and stack: the corpus's size and depth attacks run
// through the real CLI process (`node bin/pipeforge.js validate`) with a
// small V8 heap and a kill timer; each must exit 0 or 1 (never 3, never
// killed) with the table's findings. Deep nesting must give the same findings
// however much stack is left when the parser runs: a finding whose place
// depends on the stack is not deterministic, and the compiler must be.
import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/index.js";
import { jsonFindings, spawnCli } from "./cli.js";
import { inputCases } from "./corpus-cases.js";
import { materialize } from "./corpus-support.js";

/** Hang guards for a whole process (start-up, schema loading, compile), not performance claims. */
const PROCESS_GUARD_MS = 10_000;
const KILL_AFTER_MS = 30_000;
const HEAP_MB = 256;

describe("size and depth attacks through the real CLI", () => {
  it.each(inputCases.filter((c) => c.bounded))(
    "$name: exits 0 or 1 with its findings, within the heap and time bounds",
    async (c) => {
      const m = materialize(c);
      try {
        const run = await spawnCli(["validate", "--format", "json", "-C", m.root], { cwd: m.root, maxHeapMb: HEAP_MB, timeoutMs: KILL_AFTER_MS });
        expect(run.code, `exit code (null: killed after ${KILL_AFTER_MS} ms); stderr: ${run.stderr.slice(0, 800)}`).toBe(c.expected.length > 0 ? 1 : 0);
        expect(run.ms, "process wall time (ms)").toBeLessThan(PROCESS_GUARD_MS);
        expect(jsonFindings(run.stdout)).toEqual(c.expected.map((f) => `${f.code} ${f.file}:${f.line}:${f.column}`).sort());
      } finally {
        m.dispose();
      }
    },
    KILL_AFTER_MS + 10_000,
  );
});

/** Calls `fn` with `frames` extra frames on the stack, as a deeper caller (or a smaller thread stack) would. */
function withStackUsed<T>(frames: number, fn: () => T): T {
  return frames <= 0 ? fn() : withStackUsed(frames - 1, fn);
}

const HEADER = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n";
const shapes: Record<string, (depth: number) => string> = {
  "flow sequences": (d) => `${HEADER}  x: ${"[".repeat(d)}${"]".repeat(d)}\n`,
  "flow mappings": (d) => `${HEADER}  x: ${"{a: ".repeat(d)}b${"}".repeat(d)}\n`,
  "block sequences": (d) => `${HEADER}  x:\n    ${"- ".repeat(d)}x\n`,
};
const DEPTHS = [100, 500, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000];

describe("deep nesting", () => {
  const findings = (text: string) => parseYamlFile("deep.yaml", text).diagnostics.map((d) => `${d.code} ${d.location?.start}`);

  it.each(Object.keys(shapes))("in %s gives the same findings whatever stack is left", (shape) => {
    const make = shapes[shape]!;
    for (const depth of DEPTHS) {
      const text = make(depth);
      const first = findings(text);
      expect(findings(text), `depth ${depth}, second run`).toEqual(first);
      expect(withStackUsed(2_000, () => findings(text)), `depth ${depth}, 2,000 frames deeper`).toEqual(first);
      expect(withStackUsed(5_000, () => findings(text)), `depth ${depth}, 5,000 frames deeper`).toEqual(first);
      // Too deep is one finding for the document, not one per frame that overflowed.
      expect(first.length, `depth ${depth}: ${first.join(", ")}`).toBeLessThanOrEqual(1);
    }
  });

  it.each(Object.keys(shapes))("in %s is accepted at a depth real manifests reach", (shape) => {
    expect(parseYamlFile("deep.yaml", shapes[shape]!(100)).diagnostics).toEqual([]);
  });
});
