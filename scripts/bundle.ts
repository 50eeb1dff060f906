// `npm run build`'s last step: the CLI as one CommonJS file, dist/bundle/pipeforge.cjs (esbuild),
// then V8's code cache for it and for the precompiled validators (dist/launch/train.js). Node
// resolving and reading some 400 small modules, and V8 compiling their functions, cost more than
// the work of a small command (the Argo CD plugin rendering one team, the pre-commit hook); one
// file read through its code cache starts much faster. What bin/pipeforge.js requires to load it,
// src/launch/launch.ts and its imports, becomes dist/launch/launch.cjs: CommonJS all the way, so
// that a run never goes through Node's ES module loader.
// dist/ itself stays as tsc wrote it: the library entry (dist/index.js) and the worker threads
// use it, and every module's `import.meta.url` is rewritten to the file it came from, so paths
// found from it (templates/, schemas/, precompiled validators, createRequire) are unchanged.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import fg from "fast-glob";
import { LAUNCH_PROFILES } from "../src/launch/profile.js";
import { asciiSource } from "../src/util/ascii-source.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist", "bundle");
const LAUNCH = path.join(ROOT, "dist", "launch", "launch.cjs");

/** `import.meta.url` of each module → the URL of the file it came from, relative to the output file in `outDir`. */
function originalImportMetaUrl(outDir: string): Plugin {
  return {
    name: "original-import-meta-url",
    setup(b) {
      b.onLoad({ filter: /\.(js|mjs)$/ }, async (args) => {
        const text = await readFile(args.path, "utf8");
        if (!text.includes("import.meta.url")) return { contents: text, loader: "js" };
        const rel = path.relative(outDir, args.path).split(path.sep).join("/");
        return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, __pipeforgeBundleUrl).href`), loader: "js" };
      });
    },
  };
}

/** One CommonJS file of `entry` and everything it imports (Node's own modules stay outside). */
async function bundleCommonJs(entry: string, outfile: string): Promise<void> {
  const bundled = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    banner: { js: 'const __pipeforgeBundleUrl = require("node:url").pathToFileURL(__filename);' },
    plugins: [originalImportMetaUrl(path.dirname(outfile))],
    // Comments and whitespace out: a smaller file to read at every start. Identifiers keep their names.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    charset: "ascii", // and asciiSource below, for what this leaves (regular expression literals)
    write: false,
    logLevel: "warning",
  });
  await mkdir(path.dirname(outfile), { recursive: true });
  for (const file of bundled.outputFiles) await writeFile(file.path, asciiSource(file.text));
}

/**
 * What names this build for the schema-check cache (cli/check-cache-file.ts): a hash of the CLI
 * bundle (the checking code), the schemas and the precompiled validators with their index (whose
 * stamps name ajv's version and set-up). Any of them changing makes every kept entry miss.
 */
async function writeBuildId(): Promise<void> {
  const inputs = (await fg(["dist/bundle/pipeforge.cjs", "schemas/**", "dist/validate/precompiled/generated/**"], { cwd: ROOT, dot: true, ignore: ["**/*.v8cache"] })).sort();
  const hash = createHash("sha256");
  for (const file of inputs) hash.update(file).update("\0").update(await readFile(path.join(ROOT, file))).update("\0");
  await writeFile(path.join(OUT, "build-id"), `${hash.digest("hex")}\n`);
}

const started = performance.now();
await rm(OUT, { recursive: true, force: true });
await bundleCommonJs(path.join(ROOT, "dist", "cli", "bundle-entry.js"), path.join(OUT, "pipeforge.cjs"));
await bundleCommonJs(path.join(ROOT, "dist", "launch", "launch.js"), LAUNCH);
await writeBuildId();
process.stdout.write(`bundled the CLI into ${path.relative(ROOT, OUT)}/pipeforge.cjs and its launcher into ${path.relative(ROOT, LAUNCH)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
// One training process per launch profile: V8's flags are set before anything loads.
for (const profile of LAUNCH_PROFILES) {
  const train = spawnSync(process.execPath, [path.join(ROOT, "dist", "launch", "train.js"), profile.name], { cwd: ROOT, stdio: "inherit" });
  if (train.status !== 0) process.exit(train.status ?? 1);
}
