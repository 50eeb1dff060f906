// Positions inside a manifest embedded as a string (an Argo `resource.manifest: |` block). The
// validator reports paths inside the embedded object; for a literal block scalar each line of the
// string is a line of the file, shifted by the block's indentation, so a path inside it can be
// placed on its own line. Argo expressions are swapped for placeholders exactly as the validator
// does (validate/embedded.ts) so the text parses the same, and offsets are mapped back.
import { parseDocument, Scalar } from "yaml";
import { LineIndex, type Position } from "../diagnostics/index.js";
import { locate, type JsonPath } from "../parse/index.js";

const EXPRESSION = /\{\{[\s\S]*?\}\}/g;

/**
 * The text a document was parsed from and how its offsets map to the file's lines and columns:
 * the whole file, or one document's slice of it (check-file.ts).
 */
export interface FileText {
  readonly text: string;
  readonly lines: { position(offset: number): Position };
}

interface Replacement {
  /** Offset of the placeholder in the substituted text, and its length there and in the original. */
  readonly at: number;
  readonly length: number;
  readonly originalLength: number;
}

/** Where `path` (inside the embedded object) is in the file, or undefined when only the string itself can be shown. */
export function positionInBlock(file: FileText, scalar: Scalar, path: JsonPath, prefer: "value" | "key"): Position | undefined {
  if (scalar.type !== Scalar.BLOCK_LITERAL || typeof scalar.value !== "string" || !scalar.range) return undefined;
  const original = scalar.value;
  const replacements: Replacement[] = [];
  let n = 0;
  let shift = 0;
  const text = original.replace(EXPRESSION, (match: string, offset: number) => {
    const placeholder = `argoexpr${n++}z`;
    replacements.push({ at: offset + shift, length: placeholder.length, originalLength: match.length });
    shift += placeholder.length - match.length;
    return placeholder;
  });
  const doc = parseDocument(text, { version: "1.1", uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  const start = locate({ file: "", index: 0, doc, value: undefined, start: 0 }, path, prefer).start;
  return toFile(file, scalar.range[0], new LineIndex(original).position(toOriginal(start, replacements)));
}

/** A 1-based line/column inside a literal block's value → the same place in the file. */
export function blockLineToFile(file: FileText, scalar: Scalar, inner: Position): Position | undefined {
  if (scalar.type !== Scalar.BLOCK_LITERAL || !scalar.range) return undefined;
  return toFile(file, scalar.range[0], inner);
}

function toOriginal(offset: number, replacements: readonly Replacement[]): number {
  let delta = 0;
  for (const r of replacements) {
    if (offset < r.at) break;
    if (offset < r.at + r.length) return r.at - delta;
    delta += r.length - r.originalLength;
  }
  return offset - delta;
}

/** The content of a block scalar starts on the line after its `|` header, indented by the first content line's indentation. */
function toFile(file: FileText, header: number, inner: Position): Position | undefined {
  const headerLine = file.lines.position(header).line;
  const firstContent = file.text.indexOf("\n", header) + 1;
  if (firstContent === 0) return undefined;
  const indent = /^( *)(?=\S)/m.exec(file.text.slice(firstContent))?.[1]?.length ?? 0;
  return { line: headerLine + inner.line, column: indent + inner.column };
}
