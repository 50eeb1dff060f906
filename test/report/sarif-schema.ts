// The official SARIF 2.1.0 JSON schema (OASIS), from the shared upstream
// folder beside the clone. It is draft-04, which ajv 8 does not read; its only
// draft-04 keyword is the top-level `id` (no boolean exclusiveMinimum/Maximum,
// checked below), so it is read as draft-07 with `id` renamed `$id`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import formatsModule from "ajv-formats";
import { REPO_ROOT } from "../support/repo.js";

export const SARIF_SCHEMA_PATH = path.resolve(REPO_ROOT, "../shared/upstream/sarif/sarif-schema-2.1.0.json");

export function sarifValidator(): (document: unknown) => ErrorObject[] {
  const text = readFileSync(SARIF_SCHEMA_PATH, "utf8");
  const schema = JSON.parse(text) as Record<string, unknown>;
  if (schema.$schema !== "http://json-schema.org/draft-04/schema#") throw new Error(`unexpected $schema ${String(schema.$schema)}`);
  if (/"exclusiveM(in|ax)imum"\s*:\s*(true|false)/.test(text)) throw new Error("draft-04 boolean exclusive bounds: this adaptation no longer holds");
  const { id, ...rest } = schema;
  if (typeof id !== "string") throw new Error("the SARIF schema has no id");
  // Not strict: ajv's strict mode lints schema authoring (the schema writes `anyOf: [{required: [x]}]`
  // without declaring x there), which says nothing about what the schema accepts.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, logger: false });
  formatsModule.default(ajv);
  // Non-strict ajv ignores unknown formats: make sure every format the schema names is checked.
  for (const [, format] of text.matchAll(/"format"\s*:\s*"([^"]+)"/g)) if (!ajv.formats[format ?? ""]) throw new Error(`format ${format} not checked`);
  const validate = ajv.compile({ ...rest, $schema: "http://json-schema.org/draft-07/schema#", $id: id });
  return (document) => (validate(document) ? [] : [...(validate.errors ?? [])]);
}
