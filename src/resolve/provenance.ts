// Provenance: which source location set a value of a resolved object. Nothing
// is recorded while merging; a lookup replays the merge rule on the layers
// (mappings merge key by key, lists and scalars replace) for just that path.
import type { Location } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";

import { copyData, isPlainObject, valueAt, type PlainObject } from "../util/json.js";

export { isPlainObject, valueAt, type PlainObject };

/** One layer of a merge: a document, where in it the layer's value sits, and that value. */
export interface Layer {
  readonly doc: ParsedDocument;
  readonly base: JsonPath;
  readonly value: unknown;
}

export function layerAt(doc: ParsedDocument, base: JsonPath): Layer {
  return { doc, base, value: valueAt(doc.value, base) };
}


/**
 * The location that set `path` in the merge of `layers` (later layers win):
 * the last layer defining each prefix wins it; once the winner holds a list
 * or a scalar, everything below comes from that layer alone.
 */
export function originIn(layers: readonly Layer[], path: JsonPath, fallback: Location): Location {
  let winner = [...layers].reverse().find((l) => l.value !== undefined);
  let depth = 0;
  for (let i = 1; i <= path.length; i++) {
    const prefix = path.slice(0, i);
    if (winner && !isPlainObject(valueAt(winner.value, path.slice(0, i - 1)))) break;
    const next = [...layers].reverse().find((l) => valueAt(l.value, prefix) !== undefined);
    if (!next) break;
    winner = next;
    depth = i;
  }
  if (!winner) return fallback;
  // Below a list or scalar the winner is the only source; locate() stops at the deepest node that exists.
  const rest = isPlainObject(valueAt(winner.value, path.slice(0, depth))) ? path.slice(0, depth) : path;
  return locate(winner.doc, [...winner.base, ...rest]);
}

/** Deep-merge `layer` into `target`: mappings merge key by key, lists and scalars replace (copied). */
export function mergeInto(target: PlainObject, layer: unknown): void {
  if (!isPlainObject(layer)) return;
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (isPlainObject(value) && isPlainObject(existing)) mergeInto(existing, value);
    else Object.defineProperty(target, key, { value: isPlainObject(value) ? mergeFresh(value) : copyData(value), enumerable: true, writable: true, configurable: true });
  }
}

function mergeFresh(value: PlainObject): PlainObject {
  const out: PlainObject = {};
  mergeInto(out, value);
  return out;
}
