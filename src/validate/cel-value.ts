import type { InstancePath } from "./types.js";

// JSON values as CEL sees them. cel-js reads a JS number as a CEL double and a bigint as an
// int; an integral JSON number is an int for the API server (a schema `type: integer`, and the
// integer branch of int-or-string), so it becomes a bigint. Objects become maps and arrays lists.
// Conversions are memoised per source object: nested rules (every DAG task, every artifact)
// reuse the values converted for the enclosing rule.

export type CelValueCache = WeakMap<object, unknown>;

export function toCelValue(value: unknown, cache: CelValueCache): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof value !== "object" || value === null) return value;
  const known = cache.get(value);
  if (known !== undefined) return known;
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => toCelValue(v, cache));
  else {
    const map: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // An own "__proto__" key stays a key; assigning it would replace the map's prototype.
      if (k === "__proto__") Object.defineProperty(map, k, { value: toCelValue(v, cache), enumerable: true, writable: true, configurable: true });
      else map[k] = toCelValue(v, cache);
    }
    out = map;
  }
  cache.set(value, out);
  return out;
}

// `fieldPath` (Kubernetes 1.28+): a relative path in dot or bracket notation, without list
// indexes — `.spec.replicas`, `.labels['app.kubernetes.io/name']`.
const SEGMENT = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\])/;

/** The segments of a rule's fieldPath, or undefined when it is not one Kubernetes accepts. */
export function parseFieldPath(fieldPath: string): InstancePath | undefined {
  const out: InstancePath = [];
  let rest = fieldPath.trim();
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) return undefined;
    out.push(m[1] ?? (m[2] ?? "").replace(/\\(.)/g, "$1"));
    rest = rest.slice(m[0].length);
  }
  return out;
}
