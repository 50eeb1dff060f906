import { finalizeKindSchema, groupVersionKinds, type ConvertedKind } from "../crd-to-jsonschema.js";
import { isJsonObject, type JsonObject } from "../json.js";
import { normalizeSchema } from "../schema-normalize.js";
import { objectMetaRef } from "../bundle-format.js";

// kubeconform's standalone-strict schemas (yannh/kubernetes-json-schema layout): already closed
// and nullable-everywhere. They only need the same keyword clean-up as CRDs and the shared root.

export interface KubernetesSchema {
  kinds: ConvertedKind[];
  /** The file's ObjectMeta, normalised: the bundle's shared `objectmeta` definition. */
  objectMeta: JsonObject | undefined;
}

export function convertKubernetesSchema(file: unknown): KubernetesSchema {
  if (!isJsonObject(file)) return { kinds: [], objectMeta: undefined };
  const schema = normalizeSchema(file, { closeObjects: true });
  const metadata = isJsonObject(schema) && isJsonObject(schema.properties) ? schema.properties.metadata : undefined;
  return {
    kinds: groupVersionKinds(file).map((gvk) => ({ ...gvk, schema: finalizeKindSchema(schema, gvk, { metadata: objectMetaRef() }) })),
    objectMeta: isJsonObject(metadata) ? metadata : undefined,
  };
}
