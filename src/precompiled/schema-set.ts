// pipeforge's own JSON Schemas (spec kinds, the Policy kind, built-in rule parameters) come in
// sets, each validated with one ajv set-up. `npm run build` precompiles every set (generate.ts);
// a process loads a set's code when it is fresh and otherwise, or for a schema outside the set,
// loads ajv (only then: ajv alone takes ~70 ms to load) and compiles, once per schema.
import { fileURLToPath } from "node:url";
import type { Ajv, Options, ValidateFunction } from "ajv";
import { ajvVersion, loadPrecompiledModule, pipeforgeRequire, readPrecompiledIndex, stampOf } from "./module.js";

export type OwnSchema = boolean | { readonly [key: string]: unknown };

export interface SchemaSet {
  /** Its module among the precompiled ones: spec, policy. */
  readonly name: string;
  /** ajv's options, plain JSON (they are stamped); `schemas` holds those the others refer to. */
  readonly options: Options;
  /** The schemas, each by the name its precompiled validator is exported as; read on first use. */
  readonly schemas: () => Readonly<Record<string, OwnSchema>>;
}

export interface SetValidators {
  /** The validator of `schema`, by identity: precompiled when it is one of the set's and the code is fresh, else compiled once. */
  validator(schema: OwnSchema): ValidateFunction;
  /** Whether fresh precompiled code serves the set's schemas. */
  precompiled(): boolean;
}

/** Bump when the shape of the generated modules changes. */
export const SCHEMA_SET_FORMAT = 1;

/** Where `npm run build` writes them: dist/precompiled/generated/ (nothing there when running from src/). */
export const SCHEMA_SET_DIR = fileURLToPath(new URL("./generated/", import.meta.url));

/** What a set's code is generated from: ajv's version, the options and the schemas with their names. */
export function schemaSetStamp(set: SchemaSet): string {
  return stampOf([String(SCHEMA_SET_FORMAT), ajvVersion(), set.name, JSON.stringify(set.options), JSON.stringify(set.schemas())]);
}

/** The set's validators, from the precompiled code in `dir` when it is there and fresh; `false`: always compile. */
export function openSchemaSet(set: SchemaSet, dir: string | false = SCHEMA_SET_DIR): SetValidators {
  let precompiled: Map<OwnSchema, ValidateFunction> | undefined;
  const compiled = new Map<OwnSchema, ValidateFunction>();
  let ajv: Ajv | undefined;
  const loaded = () => (precompiled ??= dir === false ? new Map() : loadSet(set, dir));
  return {
    validator(schema) {
      let fn = loaded().get(schema) ?? compiled.get(schema);
      if (!fn) {
        ajv ??= new (pipeforgeRequire("ajv") as { Ajv: typeof Ajv }).Ajv(set.options);
        fn = ajv.compile(schema);
        compiled.set(schema, fn);
      }
      return fn;
    },
    precompiled: () => loaded().size > 0,
  };
}

function loadSet(set: SchemaSet, dir: string): Map<OwnSchema, ValidateFunction> {
  const out = new Map<OwnSchema, ValidateFunction>();
  const entry = readPrecompiledIndex(dir, SCHEMA_SET_FORMAT)?.families[set.name];
  if (!entry || entry.stamp !== schemaSetStamp(set)) return out;
  const exported = loadPrecompiledModule(dir, entry.module);
  for (const [name, schema] of Object.entries(set.schemas())) {
    const fn = exported[name];
    if (fn && !out.has(schema)) out.set(schema, fn);
  }
  return out;
}
