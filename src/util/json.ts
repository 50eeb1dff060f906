// Reading plain data (parsed YAML/JSON) by path.

export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A mapping as parsers build it: an object literal or a null-prototype object (not a Date, Map or class instance). */
export function isPlainRecord(v: unknown): v is PlainObject {
  if (!isPlainObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** YAML's text for the numbers JSON has none for (.inf, -.inf, .nan); undefined for finite numbers. */
export function nonFiniteText(n: number): string | undefined {
  if (Number.isFinite(n)) return undefined;
  return Number.isNaN(n) ? ".nan" : n > 0 ? ".inf" : "-.inf";
}

/** The value at `path`, or undefined when the path leaves the data. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/**
 * A deep copy of parsed data (plain objects, arrays, scalars): what
 * structuredClone gives for it, several times faster, since nothing is
 * serialised. A `__proto__` key stays an own data property; anything but a
 * plain object or array goes to structuredClone.
 */
export function copyData<T>(v: T): T {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) return v.map(copyData) as T;
  if (!isPlainRecord(v)) return structuredClone(v);
  const out: PlainObject = {};
  for (const key of Object.keys(v)) {
    const item = copyData((v as PlainObject)[key]);
    if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/**
 * Whether parsed data refers to itself: YAML lets an alias name a node that
 * contains it (`a: &x {b: *x}`), which a YAML library reads as a cyclic
 * object. No spec, template or manifest means that, and no copy or walk of
 * the data could end, so the parsers refuse it.
 */
export function containsCycle(root: unknown): boolean {
  const open = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (typeof v !== "object" || v === null) return false;
    if (open.has(v)) return true;
    open.add(v);
    const found = Array.isArray(v) ? v.some(visit) : Object.values(v).some(visit);
    open.delete(v);
    return found;
  };
  return visit(root);
}
