// Rendered text back to objects: parse with positions, and map every value's
// JSON path to the spec location its `json` literal came from.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from "yaml";
import type { Location } from "../diagnostics/index.js";
import type { RenderedSpan, RenderOutput } from "./engine.js";

export type PathKey = string;

export interface RenderedDocument {
  readonly value: Record<string, unknown>;
  /** Spec locations by JSON path key (segments joined with NUL). */
  readonly origins: ReadonlyMap<PathKey, Location>;
}

export const pathKey = (path: readonly (string | number)[]): PathKey => path.map(String).join("\u0000");

export function parseRendered(output: RenderOutput): { documents: RenderedDocument[]; error?: { message: string; offset: number } } {
  const docs = parseAllDocuments(output.text, { uniqueKeys: true, version: "1.2" });
  const documents: RenderedDocument[] = [];
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) return { documents, error: { message: first.message.split("\n")[0] ?? first.message, offset: first.pos[0] } };
    if (doc.contents === null) continue;
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== "object" || Array.isArray(value)) return { documents, error: { message: "a rendered document is not a mapping", offset: doc.range[0] } };
    const origins = new Map<PathKey, Location>();
    collect(doc.contents, [], output.spans, origins);
    documents.push({ value: value as Record<string, unknown>, origins });
  }
  return { documents };
}

function collect(node: Node | null, path: (string | number)[], spans: readonly RenderedSpan[], out: Map<PathKey, Location>): void {
  if (!node) return;
  const origin = node.range ? spanAt(spans, node.range[0]) : undefined;
  if (origin) out.set(pathKey(path), origin);
  if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) collect(pair.value as Node | null, [...path, String(pair.key.value)], spans, out);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collect(item as Node, [...path, i], spans, out));
  }
}

/** The origin of the innermost literal that contains `offset` (spans never overlap). */
function spanAt(spans: readonly RenderedSpan[], offset: number): Location | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.origin;
  }
  return undefined;
}
