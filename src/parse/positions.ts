// Where each node of a parsed document is, kept compact. The `yaml` library's
// Document holds an object per node, pair and range; keeping one per input
// file for the whole run (findings and provenance point into them) was about
// 145 MB on a 6,500-file tree. This keeps what locate() reads: per node in
// document order its value range, its key's range and text when it is a
// mapping value, its kind and the size of its subtree, in one Int32Array.
import { isMap, isScalar, isSeq, type Node, type Pair } from "yaml";

export const NodeKind = {
  /** No node: a pair without a value, a null sequence item, a document without contents. */
  Absent: 0,
  Map: 1,
  Seq: 2,
  Other: 3,
} as const;

/**
 * Per node, in document order, six numbers in `data` (node i at 6·i): its
 * kind, the size of its subtree (itself included), its value range
 * [start, end) and, for a mapping's value, its key's range; -1 where there
 * is no range. `key[i]` is the key's text as locate() matches it
 * (String(key)), for mapping values with a scalar key.
 */
export interface Positions {
  readonly data: Int32Array;
  readonly key: readonly (string | undefined)[];
}

export const FIELDS = 6;
export const KIND = 0;
export const SIZE = 1;
export const START = 2;
export const END = 3;
export const KEY_START = 4;
export const KEY_END = 5;

const NO_KEYS: readonly (string | undefined)[] = [];

interface Entry {
  readonly node: unknown;
  readonly pair?: Pair;
}

/** The positions of `root` (a document's contents, null when it has none). */
export function buildPositions(root: Node | null): Positions {
  const entries: Entry[] = [];
  const sizes: number[] = [];
  const visit = (entry: Entry): number => {
    const at = entries.length;
    entries.push(entry);
    sizes.push(0);
    let size = 1;
    const { node } = entry;
    if (isMap(node)) for (const pair of node.items) size += visit({ node: pair.value, pair });
    else if (isSeq(node)) for (const item of node.items) size += visit({ node: item });
    sizes[at] = size;
    return size;
  };
  visit({ node: root });
  const data = new Int32Array(entries.length * FIELDS);
  entries.forEach(({ node, pair }, i) => {
    const at = i * FIELDS;
    const range = (node as Node | null | undefined)?.range;
    data[at + KIND] = node === null || node === undefined ? NodeKind.Absent : isMap(node) ? NodeKind.Map : isSeq(node) ? NodeKind.Seq : NodeKind.Other;
    data[at + SIZE] = sizes[i]!;
    data[at + START] = range ? range[0] : -1;
    data[at + END] = range ? range[1] : -1;
    const keyRange = (pair?.key as Node | null | undefined)?.range;
    data[at + KEY_START] = keyRange ? keyRange[0] : -1;
    data[at + KEY_END] = keyRange ? keyRange[1] : -1;
  });
  // One-node documents (a scalar, an empty document) have no keys: one shared empty list.
  const key = entries.length > 1 ? entries.map(({ pair }) => (isScalar(pair?.key) ? String(pair.key.value) : undefined)) : NO_KEYS;
  return { data, key };
}
