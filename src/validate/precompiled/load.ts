// Precompiled validators (generate.ts) for a registry. A family's module is instantiated once per
// registry, with that registry's CEL hook and formats; anything missing or stale (the stamp
// differs) yields undefined and the registry compiles the schema itself.
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { loadPrecompiledModule, pipeforgeRequire, readPrecompiledIndex } from "../../precompiled/module.js";
import { CEL_HOOK_MODULE, FORMATS_MODULE, type AjvHooks } from "../ajv-instance.js";
import type { BundleFiles } from "../bundle-loader.js";
import { familyOf, familyStamp, PRECOMPILED_FORMAT } from "./stamp.js";

/** Where `npm run build` writes them: dist/validate/precompiled/generated/ (nothing there when running from src/). */
export const PRECOMPILED_DIR = fileURLToPath(new URL("./generated/", import.meta.url));

export interface PrecompiledValidators {
  validator(file: string): ValidateFunction | undefined;
}

export function openPrecompiled(dir: string, bundle: BundleFiles, hooks: AjvHooks, formats: () => object): PrecompiledValidators | undefined {
  const index = readPrecompiledIndex(dir, PRECOMPILED_FORMAT);
  if (!index) return undefined;
  const instances = new Map<string, Record<string, ValidateFunction> | undefined>();
  const requireFor = (id: string): unknown => (id === CEL_HOOK_MODULE ? hooks.onCelRules : id === FORMATS_MODULE ? formats() : pipeforgeRequire(id));
  const instance = (family: string): Record<string, ValidateFunction> | undefined => {
    if (!instances.has(family)) {
      const entry = index.families[family];
      const fresh = entry !== undefined && entry.stamp === familyStamp(bundle, entry.kinds);
      instances.set(family, fresh ? loadPrecompiledModule(dir, entry.module, requireFor) : undefined);
    }
    return instances.get(family);
  };
  return { validator: (file) => instance(familyOf(file))?.[file] };
}
