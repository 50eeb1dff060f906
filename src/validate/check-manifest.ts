import { blocksCel, evaluateCel } from "./cel.js";
import { isJsonObject, valueAt } from "./json.js";
import { pathOf, toSchemaIssues } from "./issues.js";
import type { KindValidator, SchemaRegistry } from "./registry.js";
import type { InstancePath, ManifestCheck } from "./types.js";
import { addVersionHints } from "./version-hints.js";

// Schema validation of one parsed document, without looking into embedded manifests; then the
// CEL rules that validation met, evaluated on the same (null-pruned) data.

export function checkManifest(registry: SchemaRegistry, manifest: unknown): ManifestCheck {
  const base = { unevaluatedRules: 0, droppedNulls: [] };
  if (!isJsonObject(manifest)) {
    return { ...base, status: "not-a-manifest", errors: [{ path: [], keyword: "type", message: "must be a mapping with apiVersion and kind" }] };
  }
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !apiVersion || !kind) {
    const missing = typeof apiVersion === "string" && apiVersion ? "kind" : "apiVersion";
    return { ...base, status: "not-a-manifest", errors: [{ path: [], keyword: "required", message: `missing required field "${missing}"`, params: { missingProperty: missing } }] };
  }
  const validator = registry.validatorFor(apiVersion, kind);
  if (!validator) return { ...base, status: "missing-schema", errors: [], apiVersion, kind };
  const { errors, cel, droppedNulls, data } = validateDroppingNulls(validator, manifest);
  const schemaIssues = addVersionHints(toSchemaIssues(errors, data), { apiVersion, kind, target: registry.argoWorkflows, data });
  const rules = evaluateCel(cel, data, blocksCel(schemaIssues));
  const issues = [...schemaIssues, ...rules.errors];
  return {
    status: issues.length > 0 ? "invalid" : "valid",
    errors: issues,
    apiVersion,
    kind,
    schemaSource: validator.source,
    unevaluatedRules: rules.notEvaluated.length,
    celNotEvaluated: rules.notEvaluated,
    droppedNulls,
  };
}

/**
 * The API server prunes `null` from fields whose schema is not nullable before it validates
 * (`key:` with no value in YAML is null). Doing the same here keeps such manifests valid, as
 * they are on a cluster: validate, drop every object field that is null and failed only because
 * of it, validate again. Nullable fields and nulls inside lists are left alone.
 */
function validateDroppingNulls(validator: KindValidator, manifest: unknown) {
  let data = manifest;
  const droppedNulls: InstancePath[] = [];
  for (;;) {
    const { errors, cel } = validator.validate(data);
    const nulls = errors.filter((e) => e.keyword !== "required" && e.keyword !== "additionalProperties" && e.data === null && e.instancePath !== "");
    if (nulls.length === 0) return { errors, cel, droppedNulls, data };
    if (data === manifest) data = structuredClone(manifest);
    const before = droppedNulls.length;
    for (const pointer of new Set(nulls.map((e) => e.instancePath))) {
      if (dropNull(data, pointer)) droppedNulls.push(pathOf(pointer, data));
    }
    // Nothing could be dropped (a null inside a list): report the errors as they are.
    if (droppedNulls.length === before) return { errors, cel, droppedNulls, data };
  }
}

function dropNull(data: unknown, pointer: string): boolean {
  const segments = pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const field = segments.pop() as string;
  const parent = valueAt(data, segments);
  if (!isJsonObject(parent) || parent[field] !== null) return false;
  delete parent[field];
  return true;
}
