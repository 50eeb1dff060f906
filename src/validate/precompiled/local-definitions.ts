// A CRD holds its kind's whole schema inline: an EventSource lists some thirty event-source types
// under `spec`, and ajv writes one function for all of them (412 KB of code). A process that
// checks one webhook EventSource then loads, and V8 deserialises from the code cache, every line
// of it. For the precompiled code, each sizeable sub-schema under `properties`, `items` or
// `additionalProperties` becomes a local definition used through `$ref`: with inlineRefs off
// (ajv-instance.ts), a function of its own, which V8 compiles, and the build's code cache holds,
// only where one runs. Nothing under anyOf, oneOf, allOf or not moves: issues.ts groups a branch's
// errors by their schemaPath, which must stay under the branch's. An error inside a moved
// sub-schema carries the definition's schemaPath ("#/definitions/…"); its instancePath, keyword,
// params and schemas are those of the inline schema, so the findings are the same.
import { isJsonObject, type Json, type JsonObject } from "../json.js";

/** Sub-schemas whose JSON is at least this long become definitions. */
export const LOCAL_DEFINITION_MIN_BYTES = 400;

export function withLocalDefinitions(schema: JsonObject, minBytes = LOCAL_DEFINITION_MIN_BYTES): JsonObject {
  const existing = isJsonObject(schema.definitions) ? schema.definitions : {};
  const definitions: JsonObject = {};
  const taken = new Set(Object.keys(existing));
  const nameFor = (hint: string) => {
    const base = `pf-${hint.replace(/[^A-Za-z0-9_-]+/g, "-") || "part"}`;
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    return name;
  };
  const split = (node: JsonObject): JsonObject => {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && isJsonObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, move(sub, name)]));
      else if ((key === "items" || key === "additionalProperties") && isJsonObject(value)) out[key] = move(value, key);
      else out[key] = value;
    }
    return out;
  };
  const move = (sub: Json, hint: string): Json => {
    if (!isJsonObject(sub)) return sub;
    const inner = split(sub);
    if ("$ref" in inner || JSON.stringify(inner).length < minBytes) return inner;
    const name = nameFor(hint);
    definitions[name] = inner;
    return { $ref: `#/definitions/${name}` };
  };
  const root = split(schema);
  if (Object.keys(definitions).length === 0) return schema;
  return { ...root, definitions: { ...existing, ...definitions } };
}
