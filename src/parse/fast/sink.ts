// Positions (../positions.ts) as the fast reader finds them: nodes are opened in document order
// (a parent before its children) and closed once their range is known, which gives the same
// array buildPositions makes from the `yaml` package's nodes.
import { END, FIELDS, KIND, NodeKind, SIZE, START, type Positions } from "../positions.js";

const NO_KEYS: readonly (string | undefined)[] = [];

export class PositionSink {
  private readonly data: number[] = [];
  private readonly keys: (string | undefined)[] = [];

  /** Reserve the next node; a mapping's value also gets its key's range and text. */
  open(keyStart = -1, keyEnd = -1, key?: string): number {
    const at = this.keys.length;
    this.keys.push(key);
    this.data.push(NodeKind.Absent, 1, -1, -1, keyStart, keyEnd);
    return at;
  }

  /** The node at `at` holds `value` and spans [start, end); its subtree is every node opened since. */
  close(at: number, value: unknown, start: number, end: number): void {
    const base = at * FIELDS;
    this.data[base + KIND] = Array.isArray(value) ? NodeKind.Seq : typeof value === "object" && value !== null ? NodeKind.Map : NodeKind.Other;
    this.data[base + SIZE] = this.keys.length - at;
    this.data[base + START] = start;
    this.data[base + END] = end;
  }

  positions(): Positions {
    return { data: Int32Array.from(this.data), key: this.keys.length > 1 ? this.keys : NO_KEYS };
  }
}
