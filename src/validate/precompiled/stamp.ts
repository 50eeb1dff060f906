// What precompiled validators depend on, hashed: a stamp that no longer matches means the code
// was generated from other schemas, another ajv or another ajv set-up, and is not used.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ajvVersion, stampOf } from "../../precompiled/module.js";
import { DEFS_FILE } from "../bundle-format.js";
import type { BundleFiles } from "../bundle-loader.js";

/** Bump when the shape of the generated modules changes. */
export const PRECOMPILED_FORMAT = 1;

let setup: string | undefined;

/** ajv's version and the module that sets it up (keywords, formats, options): the code depends on both. */
function ajvSetup(): string {
  if (setup === undefined) {
    // ajv-instance.js beside the compiled loader; ajv-instance.ts when running from src/ (tests).
    const module = [".js", ".ts"].map((ext) => fileURLToPath(new URL(`../ajv-instance${ext}`, import.meta.url))).find((p) => existsSync(p));
    setup = `${ajvVersion()}\0${module ? readFileSync(module, "utf8") : ""}`;
  }
  return setup;
}

/** The stamp of one family (one folder of schemas/kinds/): its kind files, the shared definitions and the ajv set-up. */
export function familyStamp(bundle: BundleFiles, files: readonly string[]): string {
  const parts: (string | Uint8Array)[] = [String(PRECOMPILED_FORMAT), ajvSetup(), readFileSync(`${bundle.dir}/${DEFS_FILE}`)];
  for (const file of [...files].sort()) parts.push(file, readFileSync(`${bundle.dir}/${file}`));
  return stampOf(parts);
}

/** `kinds/argo-workflows-4/workflow-….json` → `argo-workflows-4`. */
export function familyOf(file: string): string {
  return file.split("/")[1] ?? file;
}
