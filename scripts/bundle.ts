// `npm run build`'s last step: the CLI as one CommonJS file, dist/bundle/pipeforge.cjs (esbuild),
// which bin/pipeforge.js runs, then V8's code cache for it and for the precompiled validators
// (dist/launch/train.js). Node resolving and reading some 400 small modules, and V8 compiling
// their functions, cost more than the work of a small command (the Argo CD plugin rendering one
// team, the pre-commit hook); one file read through its code cache starts much faster.
// dist/ itself stays as tsc wrote it: the library entry (dist/index.js) and the worker threads
// use it, and every module's `import.meta.url` is rewritten to the file it came from, so paths
// found from it (templates/, schemas/, precompiled validators, createRequire) are unchanged.
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { LAUNCH_PROFILES } from "../src/launch/profile.js";
import { asciiSource } from "../src/util/ascii-source.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist", "bundle");

const originalImportMetaUrl: Plugin = {
  name: "original-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(js|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "js" };
      const rel = path.relative(OUT, args.path).split(path.sep).join("/");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, __pipeforgeBundleUrl).href`), loader: "js" };
    });
  },
};

const started = performance.now();
await rm(OUT, { recursive: true, force: true });
const bundled = await build({
  entryPoints: [path.join(ROOT, "dist", "cli", "bundle-entry.js")],
  outfile: path.join(OUT, "pipeforge.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  banner: { js: 'const __pipeforgeBundleUrl = require("node:url").pathToFileURL(__filename);' },
  plugins: [originalImportMetaUrl],
  // Comments and whitespace out: a smaller file to read at every start. Identifiers keep their names.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  charset: "ascii", // and asciiSource below, for what this leaves (regular expression literals)
  write: false,
  logLevel: "warning",
});
await mkdir(OUT, { recursive: true });
for (const file of bundled.outputFiles) await writeFile(file.path, asciiSource(file.text));
process.stdout.write(`bundled the CLI into ${path.relative(ROOT, OUT)}/pipeforge.cjs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
// One training process per launch profile: V8's flags are set before anything loads.
for (const profile of LAUNCH_PROFILES) {
  const train = spawnSync(process.execPath, [path.join(ROOT, "dist", "launch", "train.js"), profile.name], { cwd: ROOT, stdio: "inherit" });
  if (train.status !== 0) process.exit(train.status ?? 1);
}
