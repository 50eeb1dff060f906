// Standalone validator code for sets of pipeforge's own schemas (schema-set.ts), generated at
// build time: one module per set, compiled with the set's own ajv options so that errors
// (keyword, instancePath, params, parentSchema) are those run-time compiling would give.
import { Ajv } from "ajv";
import type { PrecompiledIndex } from "./module.js";
import { SCHEMA_SET_FORMAT, schemaSetStamp, type SchemaSet } from "./schema-set.js";
import { resetPrecompiledDir, writePrecompiledIndex, writePrecompiledModule } from "./write.js";

export function generateSchemaSets(sets: readonly SchemaSet[], outDir: string): PrecompiledIndex {
  resetPrecompiledDir(outDir);
  const families: Record<string, { module: string; kinds: string[]; stamp: string }> = {};
  for (const set of sets) {
    const ajv = new Ajv({ ...set.options, code: { ...set.options.code, source: true } });
    const refs: Record<string, string> = {};
    for (const [name, schema] of Object.entries(set.schemas())) {
      // Keyed by name: rule parameter schemas have no $id, and one object may serve several names.
      ajv.addSchema(schema, `own:${name}`);
      refs[name] = `own:${name}`;
    }
    const module = `${set.name}.cjs`;
    writePrecompiledModule(outDir, module, ajv, refs, "src/precompiled/generate.ts");
    families[set.name] = { module, kinds: Object.keys(refs).sort(), stamp: schemaSetStamp(set) };
  }
  const index: PrecompiledIndex = { format: SCHEMA_SET_FORMAT, families };
  writePrecompiledIndex(outDir, index);
  return index;
}
