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
  // Walked one segment at a time over every layer at once (this runs for every value a view
  // records, so it allocates one array rather than a copy per prefix).
  const here = layers.map((l) => l.value);
  let winner = here.findLastIndex((v) => v !== undefined);
  let winnerValue = winner >= 0 ? here[winner] : undefined;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    if (winner >= 0 && !isPlainObject(winnerValue)) break;
    const seg = path[i]!;
    let next = -1;
    for (let k = 0; k < here.length; k++) {
      const v = here[k];
      here[k] = v === null || typeof v !== "object" ? undefined : (v as Record<string | number, unknown>)[seg];
      if (here[k] !== undefined) next = k;
    }
    if (next < 0) break;
    winner = next;
    winnerValue = here[next];
    depth = i + 1;
  }
  if (winner < 0) return fallback;
  const { doc, base } = layers[winner]!;
  // Below a list or scalar the winner is the only source; locate() stops at the deepest node that exists.
  return locate(doc, [...base, ...(isPlainObject(winnerValue) ? path.slice(0, depth) : path)]);
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
