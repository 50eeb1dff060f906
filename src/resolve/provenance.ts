// Provenance: for every value of a resolved object, the source location that
// set it. Lookups fall back to the nearest ancestor that has one, so any path
// into a resolved spec points at the file a human must edit.
import type { Location } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";

const keyOf = (path: JsonPath) => path.map(String).join("\u0000");

export class Provenance {
  private readonly entries = new Map<string, { path: JsonPath; location: Location }>();

  constructor(private readonly fallback: Location) {}

  set(path: JsonPath, location: Location): void {
    this.entries.set(keyOf(path), { path, location });
  }

  /** The location that set `path`, or of its nearest ancestor that was set. */
  get(path: JsonPath): Location {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.entries.get(keyOf(path.slice(0, n)));
      if (hit) return hit.location;
    }
    return this.fallback;
  }

  /** Forget everything at or below `path` (the value there was replaced). */
  clearUnder(path: JsonPath): void {
    const prefix = keyOf(path);
    for (const key of [...this.entries.keys()]) {
      if (key === prefix || key.startsWith(prefix + "\u0000")) this.entries.delete(key);
    }
  }

  /** Copy the entries under `from` to `to` (a value inherited into another place). */
  copy(from: JsonPath, to: JsonPath): void {
    const prefix = keyOf(from);
    for (const { path, location } of [...this.entries.values()]) {
      const key = keyOf(path);
      if (key === prefix || key.startsWith(prefix + "\u0000")) this.set([...to, ...path.slice(from.length)], location);
    }
  }
}

export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return v === undefined ? v : (structuredClone(v) as T);
}

/**
 * Deep-merge `layer` into `target` at `targetPath`: mappings merge key by key,
 * lists and scalars replace. Every value written records where it came from:
 * `doc` at `docPath` + the same relative path.
 */
export function mergeLayer(
  target: PlainObject,
  layer: unknown,
  prov: Provenance,
  doc: ParsedDocument,
  docPath: JsonPath,
  targetPath: JsonPath = [],
): void {
  if (!isPlainObject(layer)) return;
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const tPath = [...targetPath, key];
    const dPath = [...docPath, key];
    const existing = target[key];
    if (isPlainObject(value) && isPlainObject(existing)) {
      prov.set(tPath, locate(doc, dPath));
      mergeLayer(existing, value, prov, doc, dPath, tPath);
      continue;
    }
    target[key] = clone(value);
    prov.clearUnder(tPath);
    record(value, prov, doc, dPath, tPath);
  }
}

function record(value: unknown, prov: Provenance, doc: ParsedDocument, dPath: JsonPath, tPath: JsonPath): void {
  prov.set(tPath, locate(doc, dPath));
  if (Array.isArray(value)) value.forEach((v, i) => record(v, prov, doc, [...dPath, i], [...tPath, i]));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) record(v, prov, doc, [...dPath, k], [...tPath, k]);
}

/** Put a copy of `source[fromKey]` (with its provenance) at `target[toKey]` before a more specific layer merges over it. */
export function inherit(value: unknown, prov: Provenance, from: JsonPath, to: JsonPath): unknown {
  prov.copy(from, to);
  return clone(value);
}
