// Precompiled validators (generate.ts) for a registry. A module is instantiated once per
// registry, with that registry's CEL hook, and only when a kind needing it is validated; a kind
// whose code is missing or stale (the stamp differs) yields undefined and the registry compiles
// its schema itself.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { requireCached } from "../../launch/code-cache.js";
import { CEL_HOOK_MODULE, FORMATS_MODULE, type AjvHooks } from "../ajv-instance.js";
import type { BundleFiles } from "../bundle-loader.js";
import { MANIFEST_FORMATS } from "../formats.js";
import { CHUNK_PREFIX } from "./split.js";
import { kindStamp, PRECOMPILED_FORMAT, PRECOMPILED_INDEX, type PrecompiledIndex } from "./stamp.js";

/** Where `npm run build` writes them: dist/validate/precompiled/generated/ (nothing there when running from src/). */
export const PRECOMPILED_DIR = fileURLToPath(new URL("./generated/", import.meta.url));

const nodeRequire = createRequire(import.meta.url);

/** Module names the generator writes: nothing that leaves the folder. */
const MODULE_NAME = /^[\w.-]+\.cjs$/;

export interface PrecompiledValidators {
  validator(file: string): ValidateFunction | undefined;
}

type ModuleFactory = (require: (id: string) => unknown) => Record<string, unknown>;

export function openPrecompiled(dir: string, bundle: BundleFiles, hooks: AjvHooks): PrecompiledValidators | undefined {
  const indexPath = join(dir, PRECOMPILED_INDEX);
  if (!existsSync(indexPath)) return undefined;
  const index = JSON.parse(readFileSync(indexPath, "utf8")) as PrecompiledIndex;
  if (index.format !== PRECOMPILED_FORMAT) return undefined;
  const instances = new Map<string, Record<string, unknown>>();
  const instance = (module: string): Record<string, unknown> => {
    let exports = instances.get(module);
    if (!exports) {
      if (!MODULE_NAME.test(module)) throw new Error(`precompiled module "${module}" is not a module name`);
      exports = (requireCached(join(dir, module)) as ModuleFactory)(requireFor);
      instances.set(module, exports);
    }
    return exports;
  };
  // What generated code `require`s: the hook, the formats, other generated modules, ajv's runtime helpers.
  const requireFor = (id: string): unknown => {
    if (id === CEL_HOOK_MODULE) return hooks.onCelRules;
    if (id === FORMATS_MODULE) return MANIFEST_FORMATS;
    return id.startsWith(CHUNK_PREFIX) ? instance(id.slice(CHUNK_PREFIX.length)) : nodeRequire(id);
  };
  return {
    validator(file) {
      const entry = Object.hasOwn(index.kinds, file) ? index.kinds[file] : undefined;
      if (!entry || entry.stamp !== kindStamp(bundle, file)) return undefined;
      const fn = instance(entry.module)[entry.validate];
      return typeof fn === "function" ? (fn as ValidateFunction) : undefined;
    },
  };
}
