import type { ErrorObject } from "ajv";
import { closest } from "../util/suggest.js";
import { describePattern } from "./known-patterns.js";
import type { InstancePath, SchemaIssue } from "./types.js";

// One ajv error → one SchemaIssue with a message a person can act on. Paths point at the value
// to change; for a missing field, at the object that lacks it (the field has no location yet).

export function describeError(error: ErrorObject, path: InstancePath): SchemaIssue {
  const p = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case "required":
      return issue(path, error, `missing required field "${String(p.missingProperty)}"`, { missingProperty: p.missingProperty });
    case "additionalProperties": {
      const field = String(p.additionalProperty);
      const suggestion = closest(field, allowedNames(error.parentSchema));
      const message = `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
      return issue([...path, field], error, message, suggestion ? { field, suggestion } : { field });
    }
    case "enum":
      return issue(path, error, `must be one of ${list(p.allowedValues)}`, { allowedValues: p.allowedValues, value: data });
    case "const":
      return issue(path, error, `must be ${show(p.allowedValue)}`, { allowedValue: p.allowedValue, value: data });
    case "type":
      return typeIssue(path, error, String(p.type).split(","), data);
    case "pattern":
      return issue(path, error, describePattern(String(p.pattern)), { pattern: p.pattern, value: data });
    case "format":
      return issue(path, error, `must be a valid ${FORMAT_NAMES[String(p.format)] ?? String(p.format)}`, { format: p.format, value: data });
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return issue(path, error, `must be ${String(p.comparison)} ${String(p.limit)}`, { limit: p.limit, value: data });
    case "minLength":
    case "maxLength":
      return issue(path, error, `must be ${error.keyword === "minLength" ? "at least" : "at most"} ${count(p.limit, "character")} long`, { limit: p.limit });
    case "minItems":
    case "maxItems":
      return issue(path, error, `must have ${error.keyword === "minItems" ? "at least" : "at most"} ${count(p.limit, "item")}`, { limit: p.limit });
    case "minProperties":
    case "maxProperties":
      return issue(path, error, `must have ${error.keyword === "minProperties" ? "at least" : "at most"} ${count(p.limit, "field")}`, { limit: p.limit });
    case "uniqueItems":
      return issue(path, error, `must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`, { i: p.i, j: p.j });
    case "multipleOf":
      return issue(path, error, `must be a multiple of ${String(p.multipleOf)}`, { multipleOf: p.multipleOf });
    case "false schema":
    case "not":
      return issue(path, error, "is not allowed here");
    case "anyOf":
      return issue(path, error, "does not match any of the allowed forms");
    case "oneOf":
      return issue(path, error, "must match exactly one of the allowed forms", { passingSchemas: p.passingSchemas });
    default:
      return issue(path, error, `fails the "${error.keyword}" check`, p);
  }
}

export function typeIssue(path: InstancePath, error: ErrorObject, types: string[], data: unknown): SchemaIssue {
  const expected = types.filter((t) => t !== "null");
  const result = issue(path, error, `must be ${expected.join(" or ") || "null"} (got ${jsonType(data)})`, { type: expected, value: data });
  // A YAML number or boolean where a string is expected: the usual fix is quotes.
  if (expected.length === 1 && expected[0] === "string" && (typeof data === "number" || typeof data === "boolean")) result.hint = `quote the value: "${String(data)}"`;
  return { ...result, keyword: "type" };
}

const FORMAT_NAMES: Record<string, string> = {
  "date-time": 'RFC 3339 date-time such as "2024-01-31T08:00:00Z"',
  byte: "base64 string",
  duration: 'duration such as "90s" or "1h30m"',
  int32: "32-bit integer",
  int64: "64-bit integer",
};

function issue(path: InstancePath, error: ErrorObject, message: string, params?: Record<string, unknown>): SchemaIssue {
  // The offending value is kept when it is a scalar: handy in reports, and never a whole subtree.
  const kept = Object.entries(params ?? {}).filter(([key, v]) => v !== undefined && (key !== "value" || v === null || typeof v !== "object"));
  return kept.length > 0 ? { path, keyword: error.keyword, message, params: Object.fromEntries(kept) } : { path, keyword: error.keyword, message };
}

function allowedNames(parentSchema: unknown): string[] {
  if (typeof parentSchema !== "object" || parentSchema === null) return [];
  const properties = (parentSchema as { properties?: unknown }).properties;
  return typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
}

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(show).join(", ") : show(values);
}

function count(n: unknown, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? "" : "s"}`;
}
