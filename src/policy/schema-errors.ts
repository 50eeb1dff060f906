// ajv errors about a policy file (its own schema, a built-in rule's
// parameters) as diagnostics at the offending key or value.
import type { ErrorObject, ValidateFunction } from "ajv";
import { diag, type Code, type Diagnostic } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { openSchemaSet, type SchemaSet } from "../precompiled/schema-set.js";
import { pathText, pointerToPath } from "../spec/index.js";
import { closest } from "../util/suggest.js";
import { builtinRules } from "./rules/index.js";
import { policySchema } from "./schema.js";
import type { JsonSchema } from "./types.js";

/** The Policy kind and each built-in rule's parameters (by rule code), with the ajv options errors are read with. */
export const policySchemaSet: SchemaSet = {
  name: "policy",
  options: { allErrors: true, strict: true, allowUnionTypes: true, verbose: true },
  schemas: () => ({ Policy: policySchema, ...Object.fromEntries(builtinRules.map((r) => [r.code, r.parameters])) }),
};

export const policyValidators = openSchemaSet(policySchemaSet);

/** A validator for one of pipeforge's own schemas (the Policy kind, rule parameters): precompiled, or compiled once. */
export function ownValidator(schema: JsonSchema): ValidateFunction {
  return policyValidators.validator(schema);
}

/** One diagnostic per error; `base` is where the validated value sits in the document. */
export function schemaDiagnostics(code: Code, errors: readonly ErrorObject[], doc: ParsedDocument, base: JsonPath): Diagnostic[] {
  return errors.map((e) => {
    const path = [...base, ...pointerToPath(e.instancePath)];
    const where = pathText(path) || "the document";
    switch (e.keyword) {
      case "additionalProperties": {
        const field = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const suggestion = closest(field, allowed);
        return diag(code, {
          message: `unknown field "${field}" in ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
          location: locate(doc, [...path, field], "key"),
          hint: allowed.length > 0 ? `Allowed fields: ${allowed.join(", ")}.` : undefined,
        });
      }
      case "required":
        return diag(code, { message: `missing required field "${String((e.params as { missingProperty: string }).missingProperty)}" in ${where}`, location: locate(doc, path, "key") });
      case "const":
      case "enum": {
        const allowed = e.keyword === "const" ? [(e.params as { allowedValue: unknown }).allowedValue] : (e.params as { allowedValues: unknown[] }).allowedValues;
        return diag(code, { message: `${where} must be ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`}`, location: locate(doc, path) });
      }
      default:
        return diag(code, { message: `${where} ${e.message ?? "is invalid"}`, location: locate(doc, path) });
    }
  });
}
