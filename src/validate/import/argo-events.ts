import { finalizeKindSchema, groupVersionKinds, type ConvertedKind } from "../crd-to-jsonschema.js";
import { isJsonObject, type Json, type JsonObject } from "../json.js";
import { normalizeSchema } from "../schema-normalize.js";
import { DEF_REF_PREFIX, objectMetaRef } from "../bundle-format.js";
import { QUANTITY_PATTERN } from "../known-patterns.js";

// Argo Events ships only minimal CRDs (spec: object, preserve-unknown-fields), so its generated
// JSON schema (api/jsonschema/schema.json) is the only detailed one. Three things in it are
// wrong for a validator (shared/upstream/NOTES.md §3.3, §5):
// - Go fields without `omitempty` came out as required although the controller treats them as
//   optional (webhook `url`, custom trigger `secure`/`payload`, filter context fields…). Only the
//   lists the controller really enforces are kept.
// - Quantity is `{type: string}`: `cpu: 1` is a valid quantity; numbers are accepted here, and
//   strings checked with the same regex the CRDs use.
// - Objects are open. They are closed like the CRDs (kubeconform -strict); the upstream examples
//   still pass (test/validate/upstream-examples.test.ts).

const EVENTS = "io.argoproj.events.v1alpha1.";
const ROOT_KINDS = ["Sensor", "EventSource", "EventBus"];
const REAL_REQUIRED = new Set(["SensorSpec", "EventDependency", "TriggerTemplate", "DataFilter", ...ROOT_KINDS].map((n) => EVENTS + n));
const QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
const LOCAL_REF = "#/definitions/";

export interface ArgoEventsSchemas {
  kinds: ConvertedKind[];
  /** Recursive definitions (Trigger.dlqTrigger is a Trigger) that must stay named. */
  named: Map<string, JsonObject>;
}

export function convertArgoEventsSchema(file: unknown): ArgoEventsSchemas {
  const definitions = isJsonObject(file) && isJsonObject(file.definitions) ? patchDefinitions(file.definitions) : {};
  const recursive = findRecursive(definitions);
  const named = new Map<string, JsonObject>();
  const resolve = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(resolve);
    if (!isJsonObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith(LOCAL_REF)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v)]));
    const name = ref.slice(LOCAL_REF.length);
    if (!recursive.has(name)) return resolve(definitions[name] ?? {});
    const key = `argo-events-${(name.split(".").pop() ?? name).toLowerCase()}`;
    if (!named.has(key)) {
      named.set(key, {}); // placeholder: the definition refers to itself
      named.set(key, normalize(definitions[name] ?? {}));
    }
    return { $ref: DEF_REF_PREFIX + key };
  };
  const normalize = (node: Json): JsonObject => normalizeSchema(resolve(node), { closeObjects: true }) as JsonObject;
  const kinds = ROOT_KINDS.flatMap((kind) => {
    const root = definitions[EVENTS + kind];
    if (!isJsonObject(root)) return [];
    const schema = normalize({ ...root, properties: { ...(isJsonObject(root.properties) ? root.properties : {}), metadata: {} } });
    return groupVersionKinds(root).map((gvk) => ({ ...gvk, schema: finalizeKindSchema(schema, gvk, { metadata: objectMetaRef() }) }));
  });
  return { kinds, named };
}

function patchDefinitions(definitions: JsonObject): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, def] of Object.entries(definitions)) {
    if (!isJsonObject(def)) continue;
    if (name === QUANTITY) out[name] = { type: ["number", "string"], pattern: QUANTITY_PATTERN };
    else if (name.startsWith(EVENTS) && def.required !== undefined && !REAL_REQUIRED.has(name)) {
      const { required: _dropped, ...rest } = def;
      out[name] = rest;
    } else out[name] = def;
  }
  return out;
}

/** Definitions that reach themselves through `$ref`: they cannot be written out in full. */
function findRecursive(definitions: Record<string, Json>): Set<string> {
  const refsOf = (node: Json, out: Set<string>): Set<string> => {
    if (Array.isArray(node)) node.forEach((n) => refsOf(n, out));
    else if (isJsonObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith(LOCAL_REF)) out.add(value.slice(LOCAL_REF.length));
        else refsOf(value, out);
      }
    }
    return out;
  };
  const edges = new Map(Object.entries(definitions).map(([name, def]) => [name, refsOf(def, new Set())] as const));
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    for (const next of edges.get(from) ?? []) {
      if (next === target) return true;
      if (!seen.has(next)) {
        seen.add(next);
        if (reaches(next, target, seen)) return true;
      }
    }
    return false;
  };
  return new Set([...edges.keys()].filter((name) => reaches(name, name)));
}
