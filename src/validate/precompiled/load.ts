// Precompiled validators (generate.ts) for a registry. A family's module is instantiated once per
// registry, with that registry's CEL hook and formats; anything missing or stale (the stamp
// differs) yields undefined and the registry compiles the schema itself.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { CEL_HOOK_MODULE, FORMATS_MODULE, type AjvHooks } from "../ajv-instance.js";
import type { BundleFiles } from "../bundle-loader.js";
import { familyOf, familyStamp, PRECOMPILED_FORMAT, PRECOMPILED_INDEX, type PrecompiledIndex } from "./stamp.js";

/** Where `npm run build` writes them: dist/validate/precompiled/generated/ (nothing there when running from src/). */
export const PRECOMPILED_DIR = fileURLToPath(new URL("./generated/", import.meta.url));

const nodeRequire = createRequire(import.meta.url);

export interface PrecompiledValidators {
  validator(file: string): ValidateFunction | undefined;
}

export function openPrecompiled(dir: string, bundle: BundleFiles, hooks: AjvHooks, formats: () => object): PrecompiledValidators | undefined {
  const indexPath = join(dir, PRECOMPILED_INDEX);
  if (!existsSync(indexPath)) return undefined;
  const index = JSON.parse(readFileSync(indexPath, "utf8")) as PrecompiledIndex;
  if (index.format !== PRECOMPILED_FORMAT) return undefined;
  const instances = new Map<string, Record<string, ValidateFunction> | undefined>();
  const requireFor = (id: string): unknown => (id === CEL_HOOK_MODULE ? hooks.onCelRules : id === FORMATS_MODULE ? formats() : nodeRequire(id));
  const instance = (family: string): Record<string, ValidateFunction> | undefined => {
    if (!instances.has(family)) {
      const entry = index.families[family];
      const fresh = entry !== undefined && entry.stamp === familyStamp(bundle, entry.kinds);
      const create = fresh ? (nodeRequire(join(dir, entry.module)) as (require: (id: string) => unknown) => Record<string, ValidateFunction>) : undefined;
      instances.set(family, create?.(requireFor));
    }
    return instances.get(family);
  };
  return { validator: (file) => instance(familyOf(file))?.[file] };
}
