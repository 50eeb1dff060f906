// The floor a build is compared with: read and parse every input file, and
// serialise every output document, measured two ways:
// - with the `yaml` library (parseAllDocuments, stringify): the floor as the
//   benchmark issue defines it;
// - with pipeforge's own reader and writer (parseYamlFile, which takes the fast
//   reader first, and serializeManifest): a stricter floor, since pipeforge
//   now does both several times faster than the library.
// Prints JSON {readParseMs, serializeMs, libraryReadParseMs, librarySerializeMs, …}.
// The output documents come from a previous build (loaded before timing starts).
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { parseAllDocuments, stringify } from "yaml";
import { serializeManifest } from "../src/emit/index.js";
import { parseYamlFile } from "../src/parse/index.js";

const [repo, rendered] = process.argv.slice(2);
if (!repo || !rendered) throw new Error("usage: floor.ts REPO RENDERED_DIR");

const outputs = fg.sync("**/*.yaml", { cwd: rendered }).sort().flatMap((rel) => parseAllDocuments(readFileSync(path.join(rendered, rel), "utf8")).map((d) => d.toJS() as unknown));

const globs = ["pipeforge.yaml", "environments/**/*.yaml", "policies/**/*.yaml"];
let t = performance.now();
const inputs = fg.sync(globs, { cwd: repo });
let documents = 0;
for (const rel of inputs) documents += parseAllDocuments(readFileSync(path.join(repo, rel), "utf8")).length;
const libraryReadParseMs = performance.now() - t;

t = performance.now();
for (const rel of fg.sync(globs, { cwd: repo })) parseYamlFile(rel, readFileSync(path.join(repo, rel), "utf8"));
const readParseMs = performance.now() - t;

t = performance.now();
let bytes = 0;
for (const o of outputs) bytes += serializeManifest(o).length;
const serializeMs = performance.now() - t;

t = performance.now();
for (const o of outputs) stringify(o);
const librarySerializeMs = performance.now() - t;

process.stdout.write(JSON.stringify({ readParseMs, serializeMs, libraryReadParseMs, librarySerializeMs, inputs: inputs.length, documents, outputs: outputs.length, bytes }) + "\n");
