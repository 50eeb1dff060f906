// `npm run build`'s last step: the CLI as one ES module graph in dist/bundle/ (esbuild), which
// bin/pipeforge.js runs. Node resolving and reading some 400 small modules at every start cost
// more than the work of a small command (the Argo CD plugin rendering one team, the pre-commit
// hook); one file per command chunk starts about twice as fast. Each command's action is its own
// chunk (dynamic imports split), so a command still loads only what it runs.
// dist/ itself stays as tsc wrote it: the library entry (dist/index.js) and the worker threads
// use it, and every module's `import.meta.url` is rewritten to the file it came from, so paths
// found from it (templates/, schemas/, precompiled validators, createRequire) are unchanged.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist", "bundle");

const originalImportMetaUrl: Plugin = {
  name: "original-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(js|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "js" };
      const rel = path.relative(OUT, args.path).split(path.sep).join("/");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: "js" };
    });
  },
};

const started = performance.now();
await rm(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: path.join(ROOT, "dist", "cli", "main.js") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __pipeforgeCreateRequire } from "node:module";\nconst require = __pipeforgeCreateRequire(import.meta.url);' },
  plugins: [originalImportMetaUrl],
  logLevel: "warning",
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).length;
process.stdout.write(`bundled the CLI into ${files} files in ${path.relative(ROOT, OUT)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
