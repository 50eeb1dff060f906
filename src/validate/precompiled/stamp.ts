// What precompiled validators depend on, hashed: a stamp that no longer matches means the code
// was generated from other schemas, another ajv or another ajv set-up, and is not used.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { DEFS_FILE } from "../bundle-format.js";
import type { BundleFiles } from "../bundle-loader.js";

/** Bump when the shape of the generated modules changes. */
export const PRECOMPILED_FORMAT = 1;

export const PRECOMPILED_INDEX = "index.json";

export interface PrecompiledIndex {
  readonly format: number;
  /** family → its module file, the kind files it exports, and the stamp of what it was generated from. */
  readonly families: Readonly<Record<string, { module: string; kinds: string[]; stamp: string }>>;
}

let setup: string | undefined;

/** ajv's version and the module that sets it up (keywords, formats, options): the code depends on both. */
function ajvSetup(): string {
  if (setup === undefined) {
    const { version } = createRequire(import.meta.url)("ajv/package.json") as { version: string };
    // ajv-instance.js beside the compiled loader; ajv-instance.ts when running from src/ (tests).
    const module = [".js", ".ts"].map((ext) => fileURLToPath(new URL(`../ajv-instance${ext}`, import.meta.url))).find((p) => existsSync(p));
    setup = `${version}\0${module ? readFileSync(module, "utf8") : ""}`;
  }
  return setup;
}

/** The stamp of one family (one folder of schemas/kinds/): its kind files, the shared definitions and the ajv set-up. */
export function familyStamp(bundle: BundleFiles, files: readonly string[]): string {
  const hash = createHash("sha256").update(`${PRECOMPILED_FORMAT}\0${ajvSetup()}\0`);
  hash.update(readFileSync(`${bundle.dir}/${DEFS_FILE}`));
  for (const file of [...files].sort()) hash.update(`\0${file}\0`).update(readFileSync(`${bundle.dir}/${file}`));
  return hash.digest("hex");
}

/** `kinds/argo-workflows-4/workflow-….json` → `argo-workflows-4`. */
export function familyOf(file: string): string {
  return file.split("/")[1] ?? file;
}
