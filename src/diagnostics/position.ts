// Offset → 1-based line/column, computed at the edge (report formats, tests).
// Columns count UTF-16 code units like editors and SARIF's default do.
import type { Location } from "./diagnostic.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Span {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.starts = starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Source texts by file, so reports can turn offsets into positions. */
export type SourceTexts = ReadonlyMap<string, string>;

export function spanOf(location: Location, sources: SourceTexts, cache = new Map<string, LineIndex>()): Span {
  let index = cache.get(location.file);
  if (!index) {
    index = new LineIndex(sources.get(location.file) ?? "");
    cache.set(location.file, index);
  }
  return { file: location.file, start: index.position(location.start), end: index.position(location.end) };
}

/** A resolver bound to one source set, caching a line index per file. */
export function createSpanResolver(sources: SourceTexts): (location: Location) => Span {
  const cache = new Map<string, LineIndex>();
  return (location) => spanOf(location, sources, cache);
}
