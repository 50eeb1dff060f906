import { isJsonObject, type Json, type JsonObject } from "./json.js";

// Turns Kubernetes-flavoured OpenAPI v3 (CRD openAPIV3Schema) or kubeconform-style JSON Schema
// into plain draft-07 that ajv compiles in strict mode, following kubeconform's openapi2jsonschema.
// Everything not listed here (description, default, example, x-kubernetes-list-type, …) is
// dropped: it does not constrain a value, and dropping it keeps the bundle small.

/** Keywords whose value is copied as is. */
const VALUE_KEYWORDS = new Set([
  "$ref", "type", "enum", "const", "format", "pattern", "required", "multipleOf",
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
  "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
]);
/** Keywords holding one subschema (`items` may also hold a list). */
export const SCHEMA_KEYWORDS = new Set([
  "items",
  "additionalProperties", "additionalItems", "not", "contains", "propertyNames", "if", "then", "else",
]);
/** Keywords holding a list of subschemas. */
export const SCHEMA_LIST_KEYWORDS = new Set(["anyOf", "oneOf", "allOf"]);
/** Keywords holding a map of name → subschema. */
export const SCHEMA_MAP_KEYWORDS = new Set(["properties", "patternProperties", "definitions"]);

/**
 * CEL rules stay in the output under their Kubernetes name; the registry declares the keyword so
 * ajv accepts it and counts the rules it meets (they are not evaluated yet).
 */
export const CEL_KEYWORD = "x-kubernetes-validations";

export interface NormalizeOptions {
  /**
   * Like `kubeconform -strict`: an object schema listing `properties`, with no
   * `additionalProperties` and no `x-kubernetes-preserve-unknown-fields`, rejects unknown fields.
   */
  closeObjects: boolean;
}

export function normalizeSchema(node: Json, options: NormalizeOptions): Json {
  if (!isJsonObject(node)) return node;
  let out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALUE_KEYWORDS.has(key)) out[key] = value;
    else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = Array.isArray(value) ? value.map((v) => normalizeSchema(v, options)) : normalizeSchema(value, options);
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => normalizeSchema(v, options));
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && isJsonObject(value)) {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) map[name] = normalizeSchema(sub, options);
      out[key] = map;
    } else if (key === CEL_KEYWORD && Array.isArray(value) && value.length > 0) {
      out[key] = value;
    }
  }
  fixDraft4Exclusive(node, out, "exclusiveMinimum", "minimum");
  fixDraft4Exclusive(node, out, "exclusiveMaximum", "maximum");

  if (node["x-kubernetes-int-or-string"] === true && !out.anyOf && !out.oneOf && !out.allOf) {
    // Structural schemas may carry only the flag; the API server accepts both JSON types.
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  const preserveUnknown = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (node["x-kubernetes-embedded-resource"] === true && isJsonObject(out.properties)) {
    // The API server validates TypeMeta/ObjectMeta of embedded objects itself, so a schema that
    // lists only other fields must still let them through.
    out.properties = { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, ...out.properties };
  }
  if (options.closeObjects && out.properties !== undefined && out.additionalProperties === undefined && !preserveUnknown) {
    out.additionalProperties = false;
  }
  if (node.nullable === true) out = allowNull(out);
  return out;
}

/** OpenAPI `nullable: true` → a JSON Schema type list with "null" (and null in any enum). */
function allowNull(schema: JsonObject): JsonObject {
  const { type } = schema;
  if (type === undefined) return { anyOf: [{ type: "null" }, schema] };
  const types = Array.isArray(type) ? type : [type];
  const out: JsonObject = { ...schema, type: types.includes("null") ? types : [...types, "null"] };
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

/** Draft-4/OpenAPI `exclusiveMinimum: true` beside `minimum` becomes draft-07's numeric form. */
function fixDraft4Exclusive(node: JsonObject, out: JsonObject, exclusive: string, bound: string): void {
  if (typeof node[exclusive] !== "boolean") return;
  delete out[exclusive];
  if (node[exclusive] === true && typeof node[bound] === "number") {
    out[exclusive] = node[bound];
    delete out[bound];
  }
}

/**
 * A copy of `node` with each direct subschema replaced by `visit(subschema, field)`; `field` is the
 * property or definition name for entries of properties/patternProperties/definitions. Values of
 * other keywords (enum, required, CEL rules…) are data and are kept as they are.
 */
export function mapSubschemas(node: JsonObject, visit: (child: Json, field: string | undefined) => Json): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAP_KEYWORDS.has(key) && isJsonObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, visit(sub, name)]));
    } else if ((SCHEMA_KEYWORDS.has(key) || SCHEMA_LIST_KEYWORDS.has(key)) && (isJsonObject(value) || Array.isArray(value))) {
      out[key] = Array.isArray(value) ? value.map((sub) => visit(sub, undefined)) : visit(value, undefined);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Calls `visit` on each direct subschema of `node` (see mapSubschemas), without copying. */
export function forEachSubschema(node: JsonObject, visit: (child: Json, field: string | undefined) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAP_KEYWORDS.has(key) && isJsonObject(value)) {
      for (const [name, sub] of Object.entries(value)) visit(sub, name);
    } else if (SCHEMA_KEYWORDS.has(key) || SCHEMA_LIST_KEYWORDS.has(key)) {
      if (Array.isArray(value)) value.forEach((sub) => visit(sub, undefined));
      else if (isJsonObject(value)) visit(value, undefined);
    }
  }
}
