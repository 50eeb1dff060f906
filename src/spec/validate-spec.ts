// Spec documents are checked against their kind's JSON Schema with ajv
// (precompiled at build time, else compiled once per process on first use).
// ajv errors are data: the instancePath is turned into a YAML location here,
// and each error keyword into a stable code.
import type { ErrorObject, ValidateFunction } from "ajv";
import { diag, type Diagnostic } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { openSchemaSet, type SchemaSet } from "../precompiled/schema-set.js";
import { nonFiniteText, valueAt } from "../util/json.js";
import { closest } from "../util/suggest.js";
import { commonSchema, type JsonSchema } from "./schemas/common.js";
import { specSchemas } from "./schemas/kinds.js";

/** The kinds' schemas and the ajv options errors are read with (verbose: unknown-field hints read parentSchema). */
export const specSchemaSet: SchemaSet = {
  name: "spec",
  options: { allErrors: true, verbose: true, strict: true, allowUnionTypes: true, schemas: [commonSchema] },
  schemas: () => specSchemas,
};

export const specValidators = openSchemaSet(specSchemaSet);

function validatorFor(kind: string): ValidateFunction | undefined {
  const schema = specSchemas[kind];
  return schema ? specValidators.validator(schema) : undefined;
}

export function isSpecKind(kind: string): boolean {
  return kind in specSchemas;
}

export function specKinds(): string[] {
  return Object.keys(specSchemas);
}

/** Validate one parsed pipeforge document; returns diagnostics (empty when valid). */
export function validateSpecDocument(parsed: ParsedDocument, kind: string): Diagnostic[] {
  const validate = validatorFor(kind);
  if (!validate) return [];
  if (validate(parsed.value)) return [];
  return toDiagnostics(validate.errors ?? [], parsed, specSchemas[kind] ?? {});
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function toDiagnostics(errors: readonly ErrorObject[], parsed: ParsedDocument, _root: JsonSchema): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const where = pathText(path);
    switch (e.keyword) {
      case "additionalProperties": {
        const field = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
        const suggestion = closest(field, allowed);
        out.push(
          diag("SPEC002", {
            message: `unknown field "${field}"${where ? ` in ${where}` : ""}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
            location: locate(parsed, [...path, field], "key"),
            hint: suggestion ? `Rename it to "${suggestion}".` : allowed.length > 0 ? `Allowed fields: ${allowed.join(", ")}.` : undefined,
          }),
        );
        break;
      }
      case "required": {
        const field = String((e.params as { missingProperty: string }).missingProperty);
        out.push(diag("SPEC003", { message: `missing required field "${field}"${where ? ` in ${where}` : ""}`, location: locate(parsed, path, "key") }));
        break;
      }
      case "const":
      case "enum": {
        const allowed = e.keyword === "const" ? [(e.params as { allowedValue: unknown }).allowedValue] : (e.params as { allowedValues: unknown[] }).allowedValues;
        const actual = valueAt(parsed.value, path);
        const suggestion = typeof actual === "string" ? closest(actual, allowed.map(String)) : undefined;
        out.push(
          diag("SPEC001", {
            message: `${where || "value"} must be ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`}, not ${shown(actual)}`,
            location: locate(parsed, path),
            hint: suggestion ? `Did you mean "${suggestion}"?` : undefined,
          }),
        );
        break;
      }
      case "type": {
        const want = (e.params as { type: string | string[] }).type;
        const actual = valueAt(parsed.value, path);
        const hint =
          want === "string" && (typeof actual === "number" || typeof actual === "boolean") ? `Quote the value: "${shown(actual)}".` : undefined;
        out.push(
          diag("SPEC001", {
            message: `${where || "document"} must be ${Array.isArray(want) ? want.join(" or ") : want}, not ${describe(actual)}`,
            location: locate(parsed, path),
            hint,
          }),
        );
        break;
      }
      default:
        out.push(diag("SPEC001", { message: `${where || "document"} ${e.message ?? "is invalid"}`, location: locate(parsed, path) }));
    }
  }
  return out;
}

export function pathText(path: JsonPath): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}


function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${shown(v)}`;
}

/** A value as the spec wrote it: JSON, except the numbers JSON has no text for (YAML's .inf, -.inf, .nan). */
function shown(v: unknown): string {
  return (typeof v === "number" ? nonFiniteText(v) : undefined) ?? JSON.stringify(v) ?? String(v);
}
