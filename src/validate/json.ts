// Plain JSON values as parsed from YAML or JSON. Schemas are handled as data, so one
// recursive type is enough and keeps `any` out of the conversion code.
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Object keys in code-point order: the same schema always serialises to the same bytes. */
export function sortKeysDeep(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep(value[key] as Json);
  return out;
}

export function stableStringify(value: Json): string {
  return JSON.stringify(sortKeysDeep(value));
}

export { valueAt } from "../util/json.js";
