// JSON paths in a parsed document → 1-based line/column in its file, including paths inside a
// manifest embedded as a literal block (see embedded-position.ts).
import { isScalar, type Document, type Scalar } from "yaml";
import { LineIndex, type Position } from "../diagnostics/index.js";
import { locate, type JsonPath, type ParsedDocument } from "../parse/index.js";
import { blockLineToFile, positionInBlock, type FileText } from "./embedded-position.js";

export type Prefer = "value" | "key";

export interface Locator {
  /** Where `path` is; with `embeddedIn`, `path` starts with it and continues inside that string. */
  at(path: JsonPath, prefer?: Prefer, embeddedIn?: JsonPath): Position;
  /** A line/column inside the embedded string at `embeddedIn` (a YAML error there). */
  inside(embeddedIn: JsonPath, inner: Position): Position;
  /** The source text of the scalar at `path` as written (`0755`, `yes`), if there is one. */
  source(path: JsonPath): string | undefined;
}

/** The file's line index is built on first use: most documents have nothing to report. */
export function fileText(text: string): FileText {
  let lines: LineIndex | undefined;
  return {
    text,
    get lines() {
      return (lines ??= new LineIndex(text));
    },
  };
}

/** One document's text, `start` characters into `file`: its offsets placed in the whole file. */
export function sliceText(file: FileText, start: number, end: number): FileText {
  return { text: file.text.slice(start, end), lines: { position: (offset) => file.lines.position(start + offset) } };
}

/** Over a document whose Document is kept (check-manifests reads its scalars as written). */
export function documentLocator(file: FileText, parsed: ParsedDocument & { readonly doc: Document.Parsed }): Locator {
  const position = (path: JsonPath, prefer: Prefer = "value"): Position => file.lines.position(locate(parsed, path, prefer).start);
  const scalarAt = (path: JsonPath): Scalar | undefined => {
    const node = parsed.doc.getIn(path, true);
    return isScalar(node) ? node : undefined;
  };
  return {
    at(path, prefer = "value", embeddedIn) {
      if (!embeddedIn) return position(path, prefer);
      const scalar = scalarAt(embeddedIn);
      return (scalar && positionInBlock(file, scalar, path.slice(embeddedIn.length), prefer)) ?? position(embeddedIn);
    },
    source(path) {
      const range = scalarAt(path)?.range;
      return range ? file.text.slice(range[0], range[1]) : undefined;
    },
    inside(embeddedIn, inner) {
      const scalar = scalarAt(embeddedIn);
      return (scalar && blockLineToFile(file, scalar, inner)) ?? position(embeddedIn);
    },
  };
}
