// What a kind's precompiled validator depends on, hashed: a stamp that no longer matches means the
// code was generated from other schemas, another ajv or another ajv set-up, and is not used.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFS_FILE } from "../bundle-format.js";
import { ajvVersion, pipeforgeRequire, type IndexFormat } from "../../precompiled/module.js";
import type { BundleFiles } from "../bundle-loader.js";

/** Bump when the shape of the generated modules or of the index changes. */
export const PRECOMPILED_FORMAT = 2;

export interface PrecompiledKind {
  /** The module (a file beside index.json) that exports the kind's validate function… */
  readonly module: string;
  /** …under this name. */
  readonly validate: string;
  readonly stamp: string;
}

export interface PrecompiledIndex extends IndexFormat {
  /** Kind file (`kinds/kubernetes/namespace-v1.json`) → where its validator is. */
  readonly kinds: Readonly<Record<string, PrecompiledKind>>;
}

let setup: string | undefined;
const common = new Map<string, string>();

/**
 * ajv's and ajv-formats' versions and the modules that set ajv up (keywords, formats, options):
 * the code depends on all of them.
 */
function ajvSetup(): string {
  if (setup === undefined) {
    const versions = [ajvVersion(), (pipeforgeRequire("ajv-formats/package.json") as { version: string }).version];
    // The .js files beside the compiled loader; the .ts ones when running from src/ (tests).
    const sources = ["ajv-instance", "formats"].map((name) => {
      const module = [".js", ".ts"].map((ext) => fileURLToPath(new URL(`../${name}${ext}`, import.meta.url))).find((p) => existsSync(p));
      return module ? readFileSync(module, "utf8") : "";
    });
    setup = [...versions, ...sources].join("\0");
  }
  return setup;
}

/** The hash of what every kind of a bundle shares: the format, the ajv set-up and the shared definitions. */
function commonStamp(bundle: BundleFiles): string {
  let stamp = common.get(bundle.dir);
  if (stamp === undefined) {
    stamp = createHash("sha256").update(`${PRECOMPILED_FORMAT}\0${ajvSetup()}\0`).update(readFileSync(`${bundle.dir}/${DEFS_FILE}`)).digest("hex");
    common.set(bundle.dir, stamp);
  }
  return stamp;
}

/**
 * The stamp of one kind file. A kind's validator is compiled from its own file and the shared
 * definitions only, so other kind files changing does not make it stale.
 */
export function kindStamp(bundle: BundleFiles, file: string): string {
  return createHash("sha256").update(`${commonStamp(bundle)}\0${file}\0`).update(readFileSync(`${bundle.dir}/${file}`)).digest("hex");
}
