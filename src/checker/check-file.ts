// One file → the results of its documents. Each document is first read by the fast reader
// (parse/fast/reader.ts) and, when it is valid as read, reported without ever building YAML nodes;
// a document the fast reader gives up on, or one with anything to report, goes through the
// `yaml` package with positions (check-document.ts). Reading bytes is the caller's job.
import { isScalar } from "yaml";
import { decodeUtf8 } from "../parse/index.js";
import { checkDocument, type CheckContext } from "./check-document.js";
import { BAIL, readFast, type FastDocument } from "../parse/fast/reader.js";
import { finding } from "./findings.js";
import type { FileText } from "./embedded-position.js";
import { fileText, sliceText } from "./locate.js";
import { MAX_NESTING, tooDeep } from "./nesting.js";
import { quickCheck } from "./quick-check.js";
import type { ResourceResult } from "./types.js";
import { parseManifests, resolvePlain11 } from "./yaml11.js";

export function checkText(file: string, text: string, ctx: CheckContext): ResourceResult[] {
  const fast = readFast(text, { resolve: resolvePlain11 });
  if (!fast) return checkSlowly(file, text, ctx);
  const source = fileText(text);
  const out: ResourceResult[] = [];
  for (const doc of fast) {
    if (doc.value === null) continue; // an empty document: no resource, as for kubeconform
    const quick = doc.value !== BAIL ? quickCheck(file, doc, ctx) : undefined;
    const results = quick ? [quick] : checkOneSlowly(file, source, doc, ctx);
    // The `yaml` package split this document differently from the fast reader: read the whole file its way.
    if (results === undefined) return checkSlowly(file, text, ctx);
    if (results !== "empty") out.push(...results);
  }
  return out;
}

/** Every document through the `yaml` package. */
export function checkSlowly(file: string, text: string, ctx: CheckContext): ResourceResult[] {
  const source = fileText(text);
  const deep = tooDeep(text);
  if (deep !== undefined) return [tooDeepResult(file, 0, source, deep)];
  const out: ResourceResult[] = [];
  parseManifests(text).forEach((doc, index) => {
    if (!isEmpty(doc)) out.push(...checkDocument({ file, index, doc, text: source }, ctx));
  });
  return out;
}

/** One document through the `yaml` package: its text alone, positions placed in the whole file. */
function checkOneSlowly(file: string, source: FileText, doc: FastDocument, ctx: CheckContext): ResourceResult[] | "empty" | undefined {
  const slice = sliceText(source, doc.start, doc.end);
  const deep = tooDeep(slice.text);
  if (deep !== undefined) return [tooDeepResult(file, doc.index, slice, deep)];
  const docs = parseManifests(slice.text);
  if (docs.length !== 1) return undefined;
  const [only] = docs as [ReturnType<typeof parseManifests>[number]];
  return isEmpty(only) ? "empty" : checkDocument({ file, index: doc.index, doc: only, text: slice }, ctx);
}

/** Deep nesting refused without composing (nesting.ts); for a whole file, the whole file. */
function tooDeepResult(file: string, index: number, source: FileText, offset: number): ResourceResult {
  const at = source.lines.position(offset);
  const message = `collections nested more than ${MAX_NESTING} levels deep: not read`;
  return { file, index, line: at.line, status: "error", findings: [finding("YAML001", "error", message, at, [])] };
}

/** A trailing `---`, only comments, or `---` right after `---`: no resource, as for kubeconform. */
function isEmpty(doc: ReturnType<typeof parseManifests>[number]): boolean {
  return doc.errors.length === 0 && (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null));
}

export function checkBytes(file: string, bytes: Uint8Array, ctx: CheckContext): ResourceResult[] {
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return [{ file, index: 0, line: 1, status: "error", findings: [finding("YAML005", "error", "not valid UTF-8", { line: 1, column: 1 }, [])] }];
  }
  return checkText(file, text, ctx);
}
