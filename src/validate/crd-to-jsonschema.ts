import { isJsonObject, type Json, type JsonObject } from "./json.js";
import { normalizeSchema } from "./schema-normalize.js";

// One conversion for the bundled CRDs (import CLI) and the user's CRDs (registry `extra`), so a
// CRD checks the same whether it ships with pipeforge or with the repository.

export interface GroupVersionKind {
  apiVersion: string;
  kind: string;
}

export interface ConvertedKind extends GroupVersionKind {
  schema: JsonObject;
}

export interface KindSchemaOptions {
  /**
   * Schema for the root `metadata`. CRDs declare it as a bare `{type: object}` because the API
   * server checks ObjectMeta itself; passing the Kubernetes ObjectMeta schema here catches typos
   * such as `metadata.lables` the way the API server would.
   */
  metadata?: Json;
}

export interface CrdConversion {
  kinds: ConvertedKind[];
  problems: string[];
}

/** Converts every served version of one CustomResourceDefinition document (v1, or v1beta1). */
export function crdToJsonSchemas(doc: unknown, options: KindSchemaOptions = {}): CrdConversion {
  const result: CrdConversion = { kinds: [], problems: [] };
  if (!isJsonObject(doc) || doc.kind !== "CustomResourceDefinition" || !isJsonObject(doc.spec)) {
    result.problems.push("not a CustomResourceDefinition");
    return result;
  }
  const { spec } = doc;
  const group = typeof spec.group === "string" ? spec.group : "";
  const kind = isJsonObject(spec.names) && typeof spec.names.kind === "string" ? spec.names.kind : "";
  if (!group || !kind) {
    result.problems.push("CustomResourceDefinition without spec.group or spec.names.kind");
    return result;
  }
  // v1beta1 CRDs may put one schema for all versions in spec.validation.
  const shared = isJsonObject(spec.validation) ? spec.validation.openAPIV3Schema : undefined;
  const versions: Json[] = Array.isArray(spec.versions) ? spec.versions : [{ name: spec.version ?? null }];
  for (const version of versions) {
    if (!isJsonObject(version) || typeof version.name !== "string" || version.served === false) continue;
    const own = isJsonObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
    const openApi = own ?? shared;
    const apiVersion = `${group}/${version.name}`;
    if (!isJsonObject(openApi)) {
      result.problems.push(`${kind} ${apiVersion}: no openAPIV3Schema`);
      continue;
    }
    const schema = normalizeSchema(openApi, { closeObjects: true });
    result.kinds.push({ apiVersion, kind, schema: finalizeKindSchema(schema, { apiVersion, kind }, options) });
  }
  return result;
}

/**
 * Root checks every bundled or user kind gets: apiVersion and kind are required constants, and
 * `metadata` optionally becomes the Kubernetes ObjectMeta schema.
 */
export function finalizeKindSchema(schema: Json, gvk: GroupVersionKind, options: KindSchemaOptions = {}): JsonObject {
  const root: JsonObject = isJsonObject(schema) ? { ...schema } : {};
  const properties: JsonObject = isJsonObject(root.properties) ? { ...root.properties } : {};
  properties.apiVersion = { type: "string", const: gvk.apiVersion };
  properties.kind = { type: "string", const: gvk.kind };
  if (options.metadata !== undefined) properties.metadata = options.metadata;
  root.properties = properties;
  const required = Array.isArray(root.required) ? root.required.filter((r) => r !== "apiVersion" && r !== "kind") : [];
  root.required = ["apiVersion", "kind", ...required];
  if (root.type === undefined) root.type = "object";
  return root;
}

/** `x-kubernetes-group-version-kind` → apiVersion/kind; the core group "" has no prefix. */
export function groupVersionKinds(schema: JsonObject): GroupVersionKind[] {
  const raw = schema["x-kubernetes-group-version-kind"];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((gvk) => {
    if (!isJsonObject(gvk) || typeof gvk.kind !== "string" || typeof gvk.version !== "string") return [];
    const group = typeof gvk.group === "string" ? gvk.group : "";
    return [{ apiVersion: group ? `${group}/${gvk.version}` : gvk.version, kind: gvk.kind }];
  });
}
