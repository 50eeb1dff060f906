import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BUNDLED_SCHEMA_DIR } from "../bundle-loader.js";
import { buildBundle } from "./build-bundle.js";

// `npm run schemas:import -- <upstreamDir> [outDir]`: regenerates the committed schemas/ folder
// from a copy of shared/upstream. Compiled with the rest of src/ so that it runs the very
// conversion code the registry uses for the user's CRDs.

function main(argv: string[]): number {
  const [upstream, out = BUNDLED_SCHEMA_DIR] = argv;
  if (!upstream) {
    process.stderr.write("usage: npm run schemas:import -- <upstreamDir> [outDir]\n");
    return 2;
  }
  const started = performance.now();
  const bundle = buildBundle({
    readText: (path) => readFileSync(join(upstream, path), "utf8"),
    list: (dir) => readdirSync(join(upstream, dir)),
  });
  // Start from an empty kinds/ so a kind dropped upstream does not linger.
  rmSync(join(out, "kinds"), { recursive: true, force: true });
  for (const [path, text] of bundle.files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  const { inputBytes, unsharedBytes, bundleBytes, defs, kinds } = bundle.stats;
  const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;
  process.stdout.write(
    `wrote ${bundle.files.size} files to ${resolve(out)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
      `  upstream read: ${mb(inputBytes)}; converted kinds without sharing: ${mb(unsharedBytes)}\n` +
      `  bundle: ${mb(bundleBytes)} (${kinds} kind files, ${defs} shared definitions)\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
