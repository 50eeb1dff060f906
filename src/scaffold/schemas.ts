// Standalone JSON Schemas of the pipeforge kinds, for editors. The compiler's
// schemas share `common.json` by $ref; an editor opening one file has no way
// to fetch that sibling by its https $id, so each written schema carries the
// definitions it uses under its own `definitions` (refs become `#/definitions/…`).
// Draft-07, the dialect yaml-language-server and ajv's default share.
import { policySchema } from "../policy/schema.js";
import { commonSchema, specSchemas, type JsonSchema } from "../spec/index.js";

export const SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#";
const COMMON_REF = /^common\.json#\/definitions\/([A-Za-z0-9_-]+)$/;

/** File name of a kind's schema: pipeline.json, team.json, ... */
export const schemaFileName = (kind: string) => `${kind.toLowerCase()}.json`;

/** Every pipeforge kind a file can hold: the five spec kinds and Policy. */
const kindSchemas = (): Readonly<Record<string, JsonSchema>> => ({ ...specSchemas, Policy: policySchema as JsonSchema });

export function schemaKinds(): string[] {
  return Object.keys(kindSchemas());
}

export function standaloneSchema(kind: string): JsonSchema {
  const schema = kindSchemas()[kind];
  if (!schema) throw new Error(`no schema for kind ${kind}`);
  const common = (commonSchema.definitions ?? {}) as Record<string, JsonSchema>;
  const used = new Set<string>();
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = k === "$ref" && typeof v === "string" ? COMMON_REF.exec(v) : null;
      if (m?.[1]) {
        used.add(m[1]);
        out[k] = `#/definitions/${m[1]}`;
      } else out[k] = rewrite(v);
    }
    return out;
  };
  const body = rewrite(schema) as JsonSchema;
  // Definitions refer to one another (defaults → retries, ...): close over them.
  const definitions: Record<string, unknown> = {};
  for (let pending = [...used]; pending.length > 0; ) {
    const name = pending.shift() ?? "";
    if (name in definitions) continue;
    const def = common[name];
    if (!def) throw new Error(`common.json has no definition ${name}`);
    const before = new Set(used);
    definitions[name] = rewrite(def);
    pending.push(...[...used].filter((n) => !before.has(n)));
  }
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
  return { $schema: SCHEMA_DIALECT, ...body, title: body.title ?? kind, ...(Object.keys(sorted).length > 0 ? { definitions: sorted } : {}) };
}

/** Every kind's standalone schema as file name → JSON text (what `pipeforge schema --out` writes). */
export function schemaFiles(): Map<string, string> {
  return new Map(schemaKinds().map((kind) => [schemaFileName(kind), JSON.stringify(standaloneSchema(kind), null, 2) + "\n"]));
}
