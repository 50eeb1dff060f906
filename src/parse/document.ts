// YAML documents with positions. Errors are collected as diagnostics rather
// than thrown; a document with errors carries no value.
import { Composer, isMap, isPair, isScalar, isSeq, parseAllDocuments, Parser, type CST, type Document, type Node } from "yaml";
import { BAIL, readFast } from "./fast/reader.js";
import { resolveCore } from "./fast/plain.js";
import { buildPositions, END, FIELDS, KEY_END, KEY_START, KIND, NodeKind, SIZE, START, type Positions } from "./positions.js";
import { goYamlV2Tags } from "./yaml11-tags.js";
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import { containsCycle } from "../util/json.js";

export type JsonPath = readonly (string | number)[];

export interface ParsedDocument {
  readonly file: string;
  /** Index of the document in its file (0-based). */
  readonly index: number;
  /**
   * Where each node is: parseYamlFile keeps compact positions (positions.ts)
   * rather than the `yaml` library's Document; check-manifests keeps the
   * Document, whose scalars it reads. locate() takes either.
   */
  readonly positions?: Positions;
  readonly doc?: Document.Parsed;
  /** The plain JS value; undefined when the document had errors. */
  readonly value: unknown;
  /** Where the document starts (its `---` line, else its first content): a path with no node at all is placed here. */
  readonly start: number;
}

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly documents: ParsedDocument[];
  readonly diagnostics: Diagnostic[];
}

/** Alias expansion bound: a few legitimate anchors are fine, an alias bomb is not. */
const MAX_ALIAS_COUNT = 100;
const CYCLE = "a YAML alias refers to a node that contains it: the value would be infinite";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes as UTF-8 (dropping a byte-order mark); undefined when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = decoder.decode(bytes);
    // A lone CR is a line break in YAML 1.2; same length, so offsets hold.
    return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r(?!\n)/g, "\n");
  } catch {
    return undefined;
  }
}

/**
 * The documents of one input file, read as YAML 1.2. The fast reader (fast/reader.ts) takes the
 * file when it can read every document with its positions; otherwise, and for everything with a
 * finding, the `yaml` package does, with the same values and positions.
 */
export function parseYamlFile(file: string, text: string): ParsedFile {
  return readFastFile(file, text) ?? parseWithYamlPackage(file, text);
}

function readFastFile(file: string, text: string): ParsedFile | undefined {
  const fast = readFast(text, { resolve: resolveCore, positions: true });
  // Empty documents are left to the package too: whether one has a (null) node depends on its markers and comments.
  if (!fast || fast.some((d) => d.value === BAIL || d.value === null)) return undefined;
  const documents = fast.map((d): ParsedDocument => ({ file, index: d.index, value: d.value, start: d.rangeStart, positions: d.positions! }));
  return { file, text, documents, diagnostics: [] };
}

/** parseYamlFile without the fast reader: every document through the `yaml` package (the reference the fast reader is held to). */
export function parseWithYamlPackage(file: string, text: string): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  const at = (start: number, end: number): Location => ({ file, start, end: Math.max(end, start) });
  const deep = new Map<number, number>();
  let ordinal = 0;
  const tokens = [...new Parser().parse(text)].map((token) => {
    if (token.type !== "document") return token;
    const n = ordinal++;
    if (!token.value || !tooDeep(token.value)) return token;
    deep.set(n, token.value.offset);
    return { ...token, value: undefined };
  });
  // An empty file yields an empty list: nothing to compile, nothing wrong.
  const list = [...new Composer({ uniqueKeys: false, prettyErrors: false, version: "1.2", strict: true }).compose(tokens)] as Document.Parsed[];
  list.forEach((doc, index) => {
    const deepAt = deep.get(index);
    if (deepAt !== undefined) {
      diagnostics.push(diag("YAML001", { message: `nesting deeper than ${MAX_DEPTH} levels`, location: at(deepAt, deepAt) }));
      documents.push(parsedDocument(file, index, doc, undefined));
      return;
    }
    let failed = false;
    for (const e of doc.errors) {
      failed = true;
      if (e.code === "DUPLICATE_KEY") {
        const key = text.slice(e.pos[0], e.pos[1]);
        diagnostics.push(diag("YAML002", { message: `duplicate key ${JSON.stringify(key)}`, location: at(e.pos[0], e.pos[1]) }));
      } else {
        diagnostics.push(diag("YAML001", { message: firstLine(e.message), location: at(e.pos[0], e.pos[1]) }));
      }
    }
    for (const w of doc.warnings) {
      diagnostics.push(diag("YAML001", { message: firstLine(w.message), location: at(w.pos[0], w.pos[1]), severity: "warning" }));
    }
    if (doc.contents === null) return; // empty document (e.g. trailing `---`): nothing to compile
    if (!failed) failed = reportNonStringKeys(doc.contents, file, diagnostics);
    let value: unknown;
    if (!failed) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        // An alias needs a `*`; a node that contains its own alias would be infinite.
        if (text.includes("*") && containsCycle(value)) throw new Error(CYCLE);
      } catch (error) {
        failed = true;
        const node = doc.contents;
        const message = (error as Error).message;
        const bomb = /alias count/i.test(message);
        const cycle = message === CYCLE;
        diagnostics.push(
          diag(bomb || cycle ? "YAML003" : "YAML001", {
            message: bomb ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions)` : cycle ? CYCLE : firstLine(message),
            location: at(node.range?.[0] ?? doc.range[0], node.range?.[1] ?? doc.range[2]),
          }),
        );
      }
    }
    documents.push(parsedDocument(file, index, doc, failed ? undefined : value));
  });
  return { file, text, documents, diagnostics };
}

/** A ParsedDocument with the positions of `doc`; the Document itself is not kept. */
function parsedDocument(file: string, index: number, doc: Document.Parsed, value: unknown): ParsedDocument {
  return { file, index, value, start: doc.range[0], positions: buildPositions(doc.contents) };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

const MAX_DEPTH = 256;

/** Deeper than MAX_DEPTH collections, walked without recursion (the point is not to overflow). */
function tooDeep(root: CST.Token): boolean {
  const stack: [CST.Token, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth > MAX_DEPTH) return true;
    for (const item of token.items) {
      const i = item as { key?: CST.Token | null; value?: CST.Token | null };
      if (i.key) stack.push([i.key, depth + 1]);
      if (i.value) stack.push([i.value, depth + 1]);
    }
  }
  return false;
}

/** Kubernetes objects have string keys only; `1: x`, `true: x` or `null: x` keys are refused; a key twice is YAML002. */
function reportNonStringKeys(root: Node, file: string, out: Diagnostic[]): boolean {
  let found = false;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && typeof key.value === "string") {
          if (seen.has(key.value)) {
            found = true;
            const [s, e] = key.range ?? [0, 0];
            out.push(diag("YAML002", { message: `duplicate key ${JSON.stringify(key.value)}`, location: { file, start: s, end: e } }));
          }
          seen.add(key.value);
        }
        if (isScalar(key) && typeof key.value !== "string") {
          found = true;
          const [s, e] = key.range ?? [0, 0];
          out.push(diag("YAML007", { message: `mapping key ${JSON.stringify(String(key.value))} is a ${key.value === null ? "null" : typeof key.value}, not a string`, location: { file, start: s, end: e }, hint: "Quote the key." }));
        } else if (key !== null && !isScalar(key)) {
          found = true;
          const range = (key as Node).range ?? [0, 0];
          out.push(diag("YAML007", { message: "mapping key is a collection, not a string", location: { file, start: range[0], end: range[1] } }));
        }
        if (pair.value) stack.push(pair.value as Node);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item as Node);
    }
  }
  return found;
}

/**
 * The location of a JSON path inside a document: the value node when it
 * exists, else the key of the deepest existing ancestor's pair (for a missing
 * field, that is the mapping that should hold it).
 */
export function locate(parsed: ParsedDocument, path: JsonPath, prefer: "value" | "key" = "value"): Location {
  if (parsed.positions) return locateIn(parsed.file, parsed.start, parsed.positions, path, prefer);
  const whole = { file: parsed.file, start: parsed.start, end: parsed.start };
  let node: unknown = parsed.doc?.contents;
  let best: Location = node && (node as Node).range ? rangeLoc(parsed.file, node as Node) : whole;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const last = i === path.length - 1;
      const keyNode = pair.key as Node;
      if (last && prefer === "key") return rangeLoc(parsed.file, keyNode);
      const valueNode = pair.value as Node | null;
      best = valueNode?.range ? rangeLoc(parsed.file, valueNode) : rangeLoc(parsed.file, keyNode);
      node = valueNode;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) return best;
      if (item.range) best = rangeLoc(parsed.file, item);
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/** locate() over positions.ts's arrays: the same answers as over the Document. */
function locateIn(file: string, docStart: number, p: Positions, path: JsonPath, prefer: "value" | "key"): Location {
  const d = p.data;
  const f = (i: number, field: number) => d[i * FIELDS + field]!;
  const at = (i: number): Location => ({ file, start: f(i, START), end: f(i, END) });
  const keyAt = (i: number): Location => ({ file, start: f(i, KEY_START), end: f(i, KEY_END) });
  const hasRange = (i: number) => f(i, KIND) !== NodeKind.Absent && f(i, START) >= 0;
  let node = 0;
  let best: Location = hasRange(0) ? at(0) : { file, start: docStart, end: docStart };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const kind = f(node, KIND);
    const last = node + f(node, SIZE);
    if (kind === NodeKind.Map) {
      const wanted = String(seg);
      let child = node + 1;
      while (child < last && p.key[child] !== wanted) child += f(child, SIZE);
      if (child >= last) return best;
      if (i === path.length - 1 && prefer === "key") return keyAt(child);
      best = hasRange(child) ? at(child) : keyAt(child);
      node = child;
    } else if (kind === NodeKind.Seq && typeof seg === "number") {
      let child = node + 1;
      for (let k = 0; k < seg && child < last; k++) child += f(child, SIZE);
      if (seg < 0 || !Number.isInteger(seg) || child >= last || f(child, KIND) === NodeKind.Absent) return best;
      if (f(child, START) >= 0) best = at(child);
      node = child;
    } else {
      return best;
    }
  }
  return best;
}

function rangeLoc(file: string, node: Node): Location {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { file, start, end: valueEnd };
}

/**
 * The document's value as a YAML 1.1 reader (kubectl, the API server, Argo CD)
 * sees it: `0755` is octal, `yes`/`on` are booleans. Used for plain
 * Kubernetes manifests, whose authors wrote them for those readers; pipeforge's
 * own specs are read as YAML 1.2. Positions stay those of `parsed`.
 */
let yaml11Cache: { text: string; docs: Document.Parsed[] } | undefined;

export function valueAsYaml11(parsed: ParsedDocument, text: string): unknown {
  if (parsed.positions ? parsed.positions.data[START]! < 0 : !parsed.doc?.contents?.range) return parsed.value;
  if (yaml11Cache?.text !== text) yaml11Cache = { text, docs: parseAllDocuments(text, { version: "1.1", uniqueKeys: false, merge: true, customTags: goYamlV2Tags }) as Document.Parsed[] };
  const doc = yaml11Cache.docs[parsed.index];
  if (!doc || doc.errors.length > 0) return parsed.value;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return parsed.value;
  }
}
