// Precompiled validators (generate.ts) for a registry. A module is instantiated once per
// registry, with that registry's CEL hook, and only when a kind needing it is validated; a kind
// whose code is missing or stale (the stamp differs) yields undefined and the registry compiles
// its schema itself.
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { loadPrecompiledModule, pipeforgeRequire, readPrecompiledIndex } from "../../precompiled/module.js";
import { CEL_HOOK_MODULE, FORMATS_MODULE, type AjvHooks } from "../ajv-instance.js";
import type { BundleFiles } from "../bundle-loader.js";
import { MANIFEST_FORMATS } from "../formats.js";
import { CHUNK_PREFIX } from "./split.js";
import { kindStamp, PRECOMPILED_FORMAT, type PrecompiledIndex } from "./stamp.js";

/** Where `npm run build` writes them: dist/validate/precompiled/generated/ (nothing there when running from src/). */
export const PRECOMPILED_DIR = fileURLToPath(new URL("./generated/", import.meta.url));

/** Module names the generator writes: nothing that leaves the folder. */
const MODULE_NAME = /^[\w.-]+\.cjs$/;

export interface PrecompiledValidators {
  validator(file: string): ValidateFunction | undefined;
}

export function openPrecompiled(dir: string, bundle: BundleFiles, hooks: AjvHooks): PrecompiledValidators | undefined {
  const index = readPrecompiledIndex<PrecompiledIndex>(dir, PRECOMPILED_FORMAT);
  if (!index) return undefined;
  const instances = new Map<string, Record<string, unknown>>();
  const instance = (module: string): Record<string, unknown> => {
    let exports = instances.get(module);
    if (!exports) {
      if (!MODULE_NAME.test(module)) throw new Error(`precompiled module "${module}" is not a module name`);
      exports = loadPrecompiledModule(dir, module, requireFor);
      instances.set(module, exports);
    }
    return exports;
  };
  // What generated code `require`s: the hook, the formats, other generated modules, ajv's runtime helpers.
  const requireFor = (id: string): unknown => {
    if (id === CEL_HOOK_MODULE) return hooks.onCelRules;
    if (id === FORMATS_MODULE) return MANIFEST_FORMATS;
    return id.startsWith(CHUNK_PREFIX) ? instance(id.slice(CHUNK_PREFIX.length)) : pipeforgeRequire(id);
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
