import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFS_FILE, INDEX_FILE, isBundleIndex, type BundleIndex } from "./bundle-format.js";
import { isJsonObject, type JsonObject } from "./json.js";

// Reads the committed schemas/ folder. Files are parsed on first use only and kept per folder
// for the life of the process (they are immutable data; ajv never mutates a schema object).

/** schemas/ beside src/ (vitest) and beside dist/ (after `tsc -p tsconfig.build.json`). */
export const BUNDLED_SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

export interface BundleFiles {
  dir: string;
  index(): BundleIndex;
  defs(): Map<string, JsonObject>;
  kindSchema(file: string): JsonObject;
}

const cache = new Map<string, BundleFiles>();

export function openBundle(dir: string = BUNDLED_SCHEMA_DIR): BundleFiles {
  let bundle = cache.get(dir);
  if (!bundle) {
    bundle = createBundleFiles(dir);
    cache.set(dir, bundle);
  }
  return bundle;
}

function createBundleFiles(dir: string): BundleFiles {
  let index: BundleIndex | undefined;
  let defs: Map<string, JsonObject> | undefined;
  const kinds = new Map<string, JsonObject>();
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8"));
  return {
    dir,
    index() {
      if (!index) {
        const raw = readJson(INDEX_FILE);
        // A stale or foreign folder is a setup bug, not a finding about the user's manifests.
        if (!isBundleIndex(raw)) throw new Error(`${join(dir, INDEX_FILE)} is not a pipeforge schema index (run npm run schemas:import)`);
        index = raw;
      }
      return index;
    },
    defs() {
      if (!defs) {
        const raw = readJson(DEFS_FILE);
        defs = new Map(Object.entries(isJsonObject(raw) ? raw : {}).filter((e): e is [string, JsonObject] => isJsonObject(e[1])));
      }
      return defs;
    },
    kindSchema(file) {
      let schema = kinds.get(file);
      if (!schema) {
        const raw = readJson(file);
        if (!isJsonObject(raw)) throw new Error(`${join(dir, file)} is not a JSON schema`);
        schema = raw;
        kinds.set(file, schema);
      }
      return schema;
    },
  };
}
