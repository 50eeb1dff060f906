// Where each node of a parsed document is, kept compact. The `yaml` library's
// Document holds an object per node, pair and range; keeping one per input
// file for the whole run (findings and provenance point into them) was about
// 145 MB on a 6,500-file tree. This keeps what locate() reads: per node in
// document order its value range, its key's range and text when it is a
// mapping value, its kind and the size of its subtree, in typed arrays.
import { isMap, isScalar, isSeq, type Node, type Pair } from "yaml";

export const NodeKind = {
  /** No node: a pair without a value, a null sequence item, a document without contents. */
  Absent: 0,
  Map: 1,
  Seq: 2,
  Other: 3,
} as const;

export interface Positions {
  readonly kind: Uint8Array;
  /** Nodes in this node's subtree, itself included. */
  readonly size: Uint32Array;
  /** Value range [start, end) per node; -1 when the node has none. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** For a mapping's values: the key's range and its text as locate() matches it (String(key)). */
  readonly keyStart: Int32Array;
  readonly keyEnd: Int32Array;
  readonly key: readonly (string | undefined)[];
}

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
  const n = entries.length;
  const positions: Positions = {
    kind: new Uint8Array(n),
    size: Uint32Array.from(sizes),
    start: new Int32Array(n),
    end: new Int32Array(n),
    keyStart: new Int32Array(n),
    keyEnd: new Int32Array(n),
    key: new Array<string | undefined>(n),
  };
  entries.forEach(({ node, pair }, i) => {
    const range = (node as Node | null | undefined)?.range;
    positions.kind[i] = node === null || node === undefined ? NodeKind.Absent : isMap(node) ? NodeKind.Map : isSeq(node) ? NodeKind.Seq : NodeKind.Other;
    positions.start[i] = range ? range[0] : -1;
    positions.end[i] = range ? range[1] : -1;
    const keyNode = pair?.key as Node | null | undefined;
    const keyRange = keyNode?.range;
    positions.keyStart[i] = keyRange ? keyRange[0] : -1;
    positions.keyEnd[i] = keyRange ? keyRange[1] : -1;
    (positions.key as (string | undefined)[])[i] = isScalar(keyNode) ? String(keyNode.value) : undefined;
  });
  return positions;
}
