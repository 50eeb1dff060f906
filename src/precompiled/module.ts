// Precompiled validators on disk, the run-time side: a folder of ajv standalone CommonJS modules
// (written at build time by write.ts) and an index (index.json) of a format the user of the folder
// defines: the manifest validators (validate/precompiled/, one entry per kind) and pipeforge's own
// schemas (schema-set.ts, one entry per set). Each decides what its stamps hash.
// https://ajv.js.org/standalone.html
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { requireCached } from "../launch/code-cache.js";

export const PRECOMPILED_INDEX = "index.json";

/** What every index holds: the shape of the generated modules; an index of another format is ignored. */
export interface IndexFormat {
  readonly format: number;
}

/** The index of pipeforge's own schema sets. */
export interface PrecompiledIndex extends IndexFormat {
  /** module name → its file, the names it exports (kind files, kinds, rule codes) and the stamp of what it was generated from. */
  readonly families: Readonly<Record<string, { module: string; kinds: string[]; stamp: string }>>;
}

/** How a generated module finds what its code `require`s: ajv's runtime helpers, or what the generator arranged for. */
export type ModuleRequire = (id: string) => unknown;

/** Resolves from pipeforge's own dependencies (ajv/dist/runtime/… for the generated code). */
export const pipeforgeRequire: ModuleRequire = createRequire(import.meta.url);

let version: string | undefined;

/** The installed ajv's version (its package.json only, not ajv itself): generated code belongs to one. */
export function ajvVersion(): string {
  version ??= (pipeforgeRequire("ajv/package.json") as { version: string }).version;
  return version;
}

/** sha256 of the parts, each kept apart from the next. */
export function stampOf(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/** The folder's index, when there is one of this format. */
export function readPrecompiledIndex<T extends IndexFormat = PrecompiledIndex>(dir: string, format: number): T | undefined {
  const path = join(dir, PRECOMPILED_INDEX);
  if (!existsSync(path)) return undefined;
  const index = JSON.parse(readFileSync(path, "utf8")) as T;
  return index.format === format ? index : undefined;
}

/** Loads one generated module and instantiates it: its validate functions by exported name. */
export function loadPrecompiledModule(dir: string, module: string, require: ModuleRequire = pipeforgeRequire): Record<string, ValidateFunction> {
  const create = requireCached(join(dir, module)) as (require: ModuleRequire) => Record<string, ValidateFunction>;
  return create(require);
}
