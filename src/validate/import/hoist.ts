import { createHash } from "node:crypto";
import { isJsonObject, type Json, type JsonObject } from "../json.js";
import { forEachSubschema, mapSubschemas } from "../schema-normalize.js";
import { DEF_REF_PREFIX, defRefName } from "../bundle-format.js";

// Pod-bearing schemas (Deployment, Job, every Argo Workflows CRD, SparkApplication…) repeat the
// same large sub-schemas (Container, Volume, Affinity…). Each distinct large sub-schema that occurs
// at least twice becomes one shared definition referenced by `$ref`: the bundle stays small and
// ajv compiles each definition once per process instead of once per occurrence.

export interface HoistOptions {
  /** Sub-schemas whose canonical JSON is shorter than this stay inline. */
  minBytes: number;
}

export interface HoistResult {
  roots: Map<string, JsonObject>;
  defs: Map<string, JsonObject>;
}

interface NodeInfo {
  hash: string;
  bytes: number;
}

/**
 * `roots` are the kind schemas; `named` are definitions that must keep a fixed name (ObjectMeta,
 * which the registry refers to by name, and recursive ones, which cannot be written out in full).
 * Neither is ever replaced by a reference as a whole.
 */
export function hoistSharedSchemas(roots: Map<string, JsonObject>, named: Map<string, JsonObject>, options: HoistOptions): HoistResult {
  const measure = createMeasure();
  // How often each distinct sub-schema occurs once everything is written out in full.
  const counts = new Map<string, number>();
  const count = (node: Json): void => {
    if (!isJsonObject(node)) return;
    const { hash } = measure(node);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
    forEachSubschema(node, count);
  };
  const rootKeys = [...roots.keys()].sort();
  const namedKeys = [...named.keys()].sort();
  for (const key of rootKeys) forEachSubschema(roots.get(key) as JsonObject, count);
  for (const key of namedKeys) forEachSubschema(named.get(key) as JsonObject, count);

  const defs = new Map<string, JsonObject>();
  // A copy of a named definition met inline (ObjectMeta inside a pod template) points at it.
  const nameOf = new Map(namedKeys.map((key) => [measure(named.get(key) as JsonObject).hash, key] as const));
  const done = new Map<string, JsonObject>();
  // `hint` is the field name the sub-schema was first met under: it makes definition names readable.
  const rewrite = (node: Json, hint: string): Json => {
    if (!isJsonObject(node)) return node;
    const { hash, bytes } = measure(node);
    const known = nameOf.get(hash);
    if (known !== undefined) return { $ref: DEF_REF_PREFIX + known };
    let out = done.get(hash);
    if (out === undefined) {
      out = mapSubschemas(node, (child, field) => rewrite(child, field?.toLowerCase() ?? hint));
      done.set(hash, out);
    }
    if (bytes < options.minBytes || (counts.get(hash) ?? 0) < 2) return out;
    const name = `${hint.replace(/[^a-z0-9]+/g, "-")}-${hash.slice(0, 10)}`;
    nameOf.set(hash, name);
    defs.set(name, out);
    return { $ref: DEF_REF_PREFIX + name };
  };
  const top = (node: JsonObject, hint: string): JsonObject => mapSubschemas(node, (child, field) => rewrite(child, field?.toLowerCase() ?? hint));
  const outRoots = new Map(rootKeys.map((key) => [key, top(roots.get(key) as JsonObject, "root")] as const));
  for (const key of namedKeys) defs.set(key, top(named.get(key) as JsonObject, key));
  return inlineSingleUse(outRoots, defs, new Set(namedKeys));
}

/** Content hash and canonical size of a schema, memoised by object identity. */
function createMeasure(): (node: Json) => NodeInfo {
  const memo = new WeakMap<object, NodeInfo>();
  const measure = (node: Json): NodeInfo => {
    if (!isJsonObject(node) && !Array.isArray(node)) {
      const text = JSON.stringify(node);
      return { hash: text, bytes: text.length };
    }
    const known = memo.get(node);
    if (known) return known;
    const parts = Array.isArray(node)
      ? node.map(measure)
      : Object.keys(node).sort().map((key) => {
          const child = measure(node[key] as Json);
          return { hash: `${JSON.stringify(key)}:${child.hash}`, bytes: key.length + 3 + child.bytes };
        });
    const text = (Array.isArray(node) ? "[" : "{") + parts.map((p) => p.hash).join(",");
    const result = { hash: createHash("sha256").update(text).digest("hex"), bytes: parts.reduce((n, p) => n + p.bytes + 1, 1) };
    memo.set(node, result);
    return result;
  };
  return measure;
}

/**
 * A definition referenced only once gains nothing from being shared: put it back in place.
 * Named definitions stay: the registry refers to objectmeta by name, and the others are recursive.
 */
function inlineSingleUse(roots: Map<string, JsonObject>, defs: Map<string, JsonObject>, keep: Set<string>): HoistResult {
  const uses = new Map<string, number>();
  const collect = (node: Json): void => {
    if (!isJsonObject(node)) return;
    const name = defRefName(node);
    if (name !== undefined) uses.set(name, (uses.get(name) ?? 0) + 1);
    forEachSubschema(node, collect);
  };
  roots.forEach(collect);
  defs.forEach(collect);
  const inline = (name: string): boolean => uses.get(name) === 1 && !keep.has(name);
  const expand = (node: Json): Json => {
    if (!isJsonObject(node)) return node;
    const name = defRefName(node);
    if (name !== undefined) return inline(name) ? expand(defs.get(name) as JsonObject) : node;
    return mapSubschemas(node, expand);
  };
  const outRoots = new Map([...roots].map(([key, root]) => [key, expand(root) as JsonObject] as const));
  const outDefs = new Map<string, JsonObject>();
  for (const [name, def] of defs) if (!inline(name)) outDefs.set(name, expand(def) as JsonObject);
  return { roots: outRoots, defs: outDefs };
}
