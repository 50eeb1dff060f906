// The floor a build is compared with: read and parse every input file with
// the YAML library pipeforge reads with, and serialise every output document
// with the writer pipeforge writes with (serializeManifest). Prints JSON
// {readParseMs, serializeMs, librarySerializeMs}: the last is the same
// serialisation with the yaml library's stringify, for reference. The output
// documents come from a previous build (loaded before timing starts).
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { parseAllDocuments, stringify } from "yaml";
import { serializeManifest } from "../src/emit/index.js";

const [repo, rendered] = process.argv.slice(2);
if (!repo || !rendered) throw new Error("usage: floor.ts REPO RENDERED_DIR");

const outputs = fg.sync("**/*.yaml", { cwd: rendered }).sort().flatMap((rel) => parseAllDocuments(readFileSync(path.join(rendered, rel), "utf8")).map((d) => d.toJS() as unknown));

let t = performance.now();
const inputs = fg.sync(["pipeforge.yaml", "environments/**/*.yaml", "policies/**/*.yaml"], { cwd: repo });
let documents = 0;
for (const rel of inputs) documents += parseAllDocuments(readFileSync(path.join(repo, rel), "utf8")).length;
const readParseMs = performance.now() - t;

t = performance.now();
let bytes = 0;
for (const o of outputs) bytes += serializeManifest(o).length;
const serializeMs = performance.now() - t;

t = performance.now();
for (const o of outputs) stringify(o);
const librarySerializeMs = performance.now() - t;

process.stdout.write(JSON.stringify({ readParseMs, serializeMs, librarySerializeMs, inputs: inputs.length, documents, outputs: outputs.length, bytes }) + "\n");
