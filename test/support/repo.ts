// Test support: the bundled sample tree as an in-memory repository, so tests
// can change one file and compile without touching the disk.
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compile, type CompileResult } from "../../src/compile.js";
import { createSpanResolver } from "../../src/diagnostics/index.js";
import { createMemoryHost } from "../../src/host/index.js";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

export function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of fg.sync(["pipeforge.yaml", "environments/**/*.yaml", "policies/**/*.yaml"], { cwd: REPO_ROOT })) {
    files[rel] = readFileSync(path.join(REPO_ROOT, rel), "utf8");
  }
  return files;
}

export async function compileFiles(files: Record<string, string | Uint8Array>): Promise<CompileResult> {
  return compile(createMemoryHost(files));
}

/** Findings as `CODE file:line:col`, the shape assertions use. */
export function findings(result: CompileResult): string[] {
  const span = createSpanResolver(result.sources);
  return result.diagnostics.map((d) => {
    if (!d.location) return d.code;
    const s = span(d.location);
    return `${d.code} ${s.file}:${s.start.line}:${s.start.column}`;
  });
}
