// End-to-end tests run bin/pipeforge.js, which loads dist/bundle/: compile and
// bundle once per test run so they always exercise the current source, with the
// precompiled validators of pipeforge's own schemas and the precompiled bundled
// templates as `npm run build` writes them (fast; the manifest validators' are
// left to the build: stale ones are not used). tsc emits even when there are type errors; those fail `npm test`
// in its typecheck step, so here they are printed, not fatal.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let cache: string | undefined;

export function setup(): void {
  // The CLIs the tests start keep their caches (README, "Caches") here, not in the user's cache
  // folder; tests about the cache itself name their own folders.
  cache = mkdtempSync(path.join(tmpdir(), "pipeforge-test-cache-"));
  process.env.PIPEFORGE_CACHE_DIR = cache;
  const root = path.resolve(import.meta.dirname, "../..");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) process.stderr.write(`global setup: tsc reported problems (dist was still emitted):\n${r.stdout}${r.stderr}`);
  const own = spawnSync(process.execPath, [path.join(root, "dist", "precompiled", "cli.js")], { cwd: root, encoding: "utf8" });
  if (own.status !== 0) process.stderr.write(`global setup: precompiling pipeforge's own schemas failed:\n${own.stdout}${own.stderr}`);
  const templates = spawnSync(process.execPath, [path.join(root, "dist", "render", "precompiled", "cli.js")], { cwd: root, encoding: "utf8" });
  if (templates.status !== 0) process.stderr.write(`global setup: precompiling the bundled templates failed:\n${templates.stdout}${templates.stderr}`);
  const bundle = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bundle.ts")], { cwd: root, encoding: "utf8" });
  if (bundle.status !== 0) throw new Error(`global setup: bundling the CLI failed:\n${bundle.stdout}${bundle.stderr}`);
}

export function teardown(): void {
  if (cache) rmSync(cache, { recursive: true, force: true });
}
