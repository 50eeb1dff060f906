// A fast reader for the block-style YAML nearly every spec, template and manifest is written in,
// used before the `yaml` package: a valid document costs a fraction of a full parse (measured:
// about a tenth on the large benchmark tree). It finds the structure — block mappings and
// sequences, plain and quoted scalars, flow collections, literal and folded block scalars, over
// one line or several — and leaves every scalar's value to the `yaml` package's own resolvers
// (scalars.ts, plain.ts), so a value means the same either way. With `positions` it also records
// where each node is, as positions.ts would from the `yaml` package's nodes.
//
// Anything else — anchors, aliases, tags, merge keys, keep chomping, explicit indentation,
// duplicate or non-string keys, anything malformed — makes it give up on that document (BAIL),
// which then goes through the `yaml` package. When recording positions it also gives up where
// the package's ranges depend on how it attributes comments (a comment run where a collection
// ends or between items at another indentation, a comment after an empty value) and on CRLF
// files. It is a shortcut, never a second opinion: test/parse/fast-reader.test.ts compares the
// two on real and random documents.
import { blockScalar, flowCollection, flowScalar, giveUp, GiveUp, plainScalar, quoteEnd } from "./scalars.js";
import { UnresolvedScalar, type PlainResolver } from "./plain.js";
import { PositionSink } from "./sink.js";
import type { Positions } from "../positions.js";

export const BAIL: unique symbol = Symbol("bail");

export interface FastDocument {
  /** Document index in the file, counted as the `yaml` package counts them. */
  readonly index: number;
  /** The document's text is [start, end): its `---` line (if any) up to the next one. */
  readonly start: number;
  readonly end: number;
  /** Where the `yaml` package's Document range starts: the `---` line, else the first content line. */
  readonly rangeStart: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based line of the first content line (the document's line in reports). */
  readonly contentLine: number;
  /** The value; BAIL when the fast reader gave up; null for an empty document. */
  readonly value: unknown;
  /** With `positions` asked for: where each node of a value is. */
  readonly positions?: Positions;
}

export interface ReadOptions {
  /** How plain scalars resolve (plain.ts): the schema the document is read with. */
  readonly resolve: PlainResolver;
  /** Record positions too (documents without them are BAIL). */
  readonly positions?: boolean;
}

interface Line {
  indent: number;
  /** The text after the indentation, without the line break. */
  content: string;
  /** The whole line, without the line break (block scalars read it). */
  readonly raw: string;
  /** Offset of the line's first character in the text. */
  readonly offset: number;
  /** Offset just after the line's break (the text's end for the last line). */
  readonly next: number;
}

const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/;

/** The documents of `text`, or undefined when even the splitting is best left to the `yaml` package. */
export function readFast(text: string, options: ReadOptions): FastDocument[] | undefined {
  // Tabs in indentation, byte-order marks, lone CRs: rare, and subtle enough to leave to the `yaml` package.
  if ((text.includes("\t") && /^[ ]*\t/m.test(text)) || text.includes("\uFEFF")) return undefined;
  // Positions are offsets into the text; multi-line sources are rebuilt without the CRs.
  if (options.positions && text.includes("\r")) return undefined;
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] === text.length) starts.pop();
  const lineAt = (k: number): Line => {
    const next = k + 1 < starts.length ? (starts[k + 1] as number) : text.length;
    let s = text.slice(starts[k], next);
    if (s.endsWith("\n")) s = s.slice(0, -1);
    if (s.endsWith("\r")) s = s.slice(0, -1);
    return toLine(s, starts[k] as number, next);
  };
  const docs: FastDocument[] = [];
  let first = 0;
  let marked = false;
  const flush = (last: number) => {
    const lines: Line[] = [];
    for (let k = first; k < last; k++) lines.push(lineAt(k));
    const body = marked ? lines.slice(1) : lines;
    const content = body.findIndex((l) => !isBlank(l));
    // Comments or nothing before the first `---` make no document.
    if (!marked && content === -1) return;
    const start = starts[first] as number;
    const end = last < starts.length ? (starts[last] as number) : text.length;
    const contentLine = first + 1 + (marked ? 1 : 0) + (content === -1 ? 0 : content);
    const rangeStart = marked ? start : (body[content] as Line).offset;
    const markerRest = marked ? (lines[0] as Line).content.slice(3).trim() : "";
    const sink = options.positions ? new PositionSink() : undefined;
    const value = markerRest !== "" && !markerRest.startsWith("#") ? BAIL : readDocument(body, options.resolve, sink);
    const positions = sink && value !== BAIL && value !== null ? sink.positions() : undefined;
    docs.push({ index: docs.length, start, end, rangeStart, line: first + 1, contentLine, value, ...(positions ? { positions } : {}) });
  };
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k] as number;
    if (text.charCodeAt(at) !== 45 && text.charCodeAt(at) !== 46) continue;
    const m = MARKER.exec(text.slice(at, at + 4));
    if (!m) continue;
    if (m[1] === "...") return undefined;
    if (k > first || marked) flush(k);
    first = k;
    marked = true;
  }
  if (text.includes("\r") && /\r(?!\n)/.test(text)) return undefined;
  if (/^%/m.test(text)) return undefined;
  flush(starts.length);
  return docs;
}

function toLine(raw: string, offset: number, next: number): Line {
  let indent = 0;
  while (raw.charCodeAt(indent) === 32) indent++;
  return { indent, content: raw.slice(indent), raw, offset, next };
}

const isSpace = (ch: number): boolean => ch === 32 || ch === 9;

function isBlank(l: Line): boolean {
  return l.content === "" || l.content.charCodeAt(0) === 35; // "#"
}

function readDocument(lines: Line[], resolve: PlainResolver, sink: PositionSink | undefined): unknown {
  const reader = new Reader(lines, resolve, sink);
  try {
    reader.skipBlank();
    if (reader.done()) return null;
    // A JSON file, or a document written in flow style, is one flow collection at the root.
    const first = reader.peek();
    const at = sink?.open();
    const value = /^[[{]/.test(first.content) ? reader.flow(first.content, first.offset + first.indent, -1) : reader.collection(first.indent);
    if (at !== undefined) reader.close(at, value);
    reader.skipBlank();
    return reader.done() ? value : BAIL;
  } catch (error) {
    if (error instanceof GiveUp || error instanceof UnresolvedScalar) return BAIL;
    throw error;
  }
}

const isSeqLine = (content: string): boolean => content === "-" || content.startsWith("- ");

/** Deeper than this, the `yaml` package (and its limits) decides: the reader recurses. */
const MAX_DEPTH = 100;

/** No comment line skipped since the last item started; MIXED when they had different indentations. */
const NONE = -2;
const MIXED = -1;

class Reader {
  private i = 0;
  private depth = 0;
  /** The range of the last value read: [start, end), and where its node ends (the `yaml` package's range[2]). */
  private start = 0;
  private end = 0;
  private nodeEnd = 0;
  /** Indentation of the comment lines skipped since the current item started (NONE, MIXED). */
  private comments = NONE;

  constructor(
    private readonly lines: Line[],
    private readonly resolve: PlainResolver,
    private readonly sink: PositionSink | undefined,
  ) {}

  done(): boolean {
    return this.i >= this.lines.length;
  }
  peek(): Line {
    return this.lines[this.i] as Line;
  }
  skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i] as Line)) {
      const line = this.lines[this.i] as Line;
      if (line.content !== "") this.comments = this.comments === NONE || this.comments === line.indent ? line.indent : MIXED;
      this.i++;
    }
  }

  /** Close the node opened at `at` with the last value's range. */
  close(at: number, value: unknown): void {
    this.sink?.close(at, value, this.start, this.end);
  }

  /** A block mapping or sequence whose first line is the current one. */
  collection(indent: number): unknown {
    const line = this.peek();
    if (++this.depth > MAX_DEPTH) giveUp();
    const value = isSeqLine(line.content) ? this.sequence(indent) : entryKey(line.content, this.resolve) !== undefined ? this.mapping(indent) : giveUp();
    this.depth--;
    return value;
  }

  /**
   * The next item line of a collection at `indent` (blank and comment lines skipped), or
   * undefined where the collection ends; a more indented line is malformed. The `yaml` package's
   * ranges take in comment runs in ways that depend on what follows; with positions asked for,
   * only a run at the collection's own indentation between two of its items is read here.
   */
  private nextItem(indent: number, first: boolean): Line | undefined {
    this.skipBlank();
    const line = this.done() ? undefined : this.peek();
    if (!first && this.sink && this.comments !== NONE && !(line?.indent === indent && this.comments === indent)) giveUp();
    if (!line || line.indent < indent) return undefined;
    if (line.indent > indent) giveUp();
    return line;
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const start = this.peek().offset + this.peek().indent;
    let end = start;
    for (let line = this.nextItem(indent, true); line; line = this.nextItem(indent, false)) {
      if (isSeqLine(line.content)) giveUp();
      const entry = entryKey(line.content, this.resolve) ?? giveUp();
      if (Object.hasOwn(out, entry.key) || entry.key === "__proto__" || entry.key === "<<") giveUp();
      const keyStart = line.offset + line.indent;
      this.comments = NONE;
      const at = this.sink?.open(keyStart, keyStart + entry.keyLength, entry.key);
      const rest = line.content.slice(entry.rest).trimStart();
      const value = this.value(rest, line.offset + line.indent + line.content.length - rest.length, indent, true);
      if (at !== undefined) this.close(at, value);
      out[entry.key] = value;
      end = this.nodeEnd;
    }
    this.start = start;
    this.end = this.nodeEnd = end;
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const start = this.peek().offset + this.peek().indent;
    let end = start;
    for (let line = this.nextItem(indent, true); line; line = this.nextItem(indent, false)) {
      if (!isSeqLine(line.content)) {
        if (this.sink && this.comments !== NONE) giveUp(); // a comment run where the sequence ends
        break;
      }
      const rest = line.content.slice(1).trimStart();
      const column = indent + line.content.length - rest.length;
      this.comments = NONE;
      const at = this.sink?.open();
      let value: unknown;
      if (rest !== "" && !rest.startsWith("#") && (isSeqLine(rest) || entryKey(rest, this.resolve) !== undefined)) {
        // `- key: value` and `- - x`: the item is a collection starting at this column.
        line.indent = column;
        line.content = rest;
        value = this.collection(column);
      } else {
        value = this.value(rest, line.offset + column, indent, false);
      }
      if (at !== undefined) this.close(at, value);
      out.push(value);
      end = this.nodeEnd;
    }
    this.start = start;
    this.end = this.nodeEnd = end;
    return out;
  }

  /** The value after `key:` or `- ` (`rest`, at offset `restAt`); `parent` is the indentation of the collection holding it. */
  private value(rest: string, restAt: number, parent: number, inMapping: boolean): unknown {
    if (rest === "" || rest.startsWith("#")) {
      this.i++;
      this.skipBlank();
      const next = this.done() ? undefined : this.peek();
      if (next && next.indent > parent) {
        if (isSeqLine(next.content) || entryKey(next.content, this.resolve) !== undefined) return this.collection(next.indent);
        const at = next.offset + next.indent;
        return /^[[{]/.test(next.content) ? this.flow(next.content, at, parent) : this.scalar(next.content, at, parent);
      }
      // A sequence may sit at its key's indentation: `key:\n- a`.
      if (next && inMapping && next.indent === parent && isSeqLine(next.content)) return this.sequence(parent);
      // An empty value: a null node where the value would start. After a comment its node takes in
      // the comment, which is left to the `yaml` package.
      if (this.sink && rest !== "") giveUp();
      this.start = this.end = this.nodeEnd = restAt;
      return null;
    }
    const c = rest.charCodeAt(0);
    if (c === 124 || c === 62) return this.blockScalar(rest, restAt, parent); // | >
    return c === 91 || c === 123 ? this.flow(rest, restAt, parent) : this.scalar(rest, restAt, parent); // [ {
  }

  /** A flow collection starting in `first` (the current line, at offset `firstAt`), continued on more indented lines until its brackets close. */
  flow(first: string, firstAt: number, parent: number): unknown {
    let source = first;
    while (!flowClosed(source)) {
      this.i++;
      const next = this.done() ? undefined : this.peek();
      // Inner lines are more indented than the collection holding the value; the closing bracket may not be.
      if (!next || (next.content !== "" && (next.indent < parent || (next.indent === parent && !/^[\]}]/.test(next.content))))) giveUp();
      // A comment line no more indented than that is read differently at the root: left to the package.
      if ((next as Line).content.startsWith("#") && (next as Line).indent <= Math.max(parent, 0)) giveUp();
      source += `\n${(next as Line).raw}`;
    }
    const at = this.sink ? { sink: this.sink, base: firstAt } : undefined;
    const [value, after] = flowCollection(source, MAX_DEPTH - this.depth, Math.max(parent, 0), this.resolve, at);
    if (after.includes("\n")) giveUp();
    const end = firstAt + source.length - after.length;
    this.endLine(after, parent);
    this.start = firstAt;
    this.end = end;
    return value;
  }

  /** A plain or quoted scalar starting in `first` (the current line, at offset `firstAt`), continued on more indented lines. */
  private scalar(first: string, firstAt: number, parent: number): unknown {
    const c = first.charCodeAt(0);
    if (c === 34 || c === 39) {
      let source = first;
      let end = quoteEnd(source);
      while (end < 0) {
        this.i++;
        if (this.done() || (this.peek().content !== "" && this.peek().indent <= parent)) giveUp();
        source += `\n${this.peek().raw}`;
        end = quoteEnd(source);
      }
      const value = flowScalar(c === 34 ? "double-quoted-scalar" : "single-quoted-scalar", source.slice(0, end + 1), parent);
      this.endLine(source.slice(end + 1), parent);
      this.start = firstAt;
      this.end = firstAt + end + 1;
      return value;
    }
    if ("&*!%@`,[]{}?|>#".includes(first[0] ?? "") || /^-( |$)/.test(first)) giveUp();
    let source = plainLine(first);
    let end = firstAt + source.length;
    let last = this.i;
    const commented = source.length < first.trimEnd().length;
    this.i++;
    // Continuation lines: more indented than the collection, no comment in between.
    for (let k = this.i; !commented && k < this.lines.length; k++) {
      const line = this.lines[k] as Line;
      if (line.content === "") continue;
      if (line.indent <= parent || line.content.startsWith("#")) break;
      if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(line.content)) giveUp();
      const text = plainLine(line.content);
      if (text.length < line.content.trimEnd().length) giveUp(); // a comment ends a multi-line scalar early
      source += "\n".repeat(k - this.i + 1) + text;
      end = line.offset + line.indent + text.length;
      last = k;
      this.i = k + 1;
    }
    this.nodeEnd = (this.lines[last] as Line).next;
    this.afterScalar(parent);
    this.start = firstAt;
    this.end = end;
    return plainScalar(source, parent, this.resolve);
  }

  /** What follows a scalar or flow collection on its line: only a comment. */
  private endLine(after: string, parent: number): void {
    if (after.trim() !== "" && !/^\s+#/.test(after)) giveUp();
    this.nodeEnd = this.peek().next;
    this.i++;
    this.afterScalar(parent);
  }

  /** A more indented line after a complete value is an error (left to the `yaml` package to report). */
  private afterScalar(parent: number): void {
    this.skipBlank();
    if (!this.done() && this.peek().indent > parent) giveUp();
  }

  private blockScalar(header: string, headerAt: number, parent: number): string {
    // Keep chomping (+) and explicit indentation take trailing and leading lines the reader does not track.
    const m = /^([|>]-?)(\s+#.*|\s*)$/.exec(header) ?? giveUp();
    this.i++;
    const first = this.i;
    let indent = -1;
    let last = -1;
    for (; !this.done(); this.i++) {
      const line = this.peek();
      if (line.content === "") continue;
      if (indent === -1) {
        if (line.indent <= parent) break;
        indent = line.indent;
      }
      if (line.indent < indent) break;
      last = this.i;
    }
    const lines = this.lines.slice(first, last + 1);
    // Blank lines after the content with spaces beyond its indentation would belong to it.
    if (this.lines.slice(last + 1, this.i).some((l) => l.raw.length > indent)) giveUp();
    // Without content lines, where the node ends depends on the lines after it.
    if (this.sink && last < 0) giveUp();
    this.i = Math.max(last + 1, first);
    this.start = headerAt;
    this.end = this.nodeEnd = last < 0 ? headerAt : (this.lines[last] as Line).next;
    return blockScalar(m[1] as string, lines.map((l) => `${l.raw}\n`).join(""), parent);
  }
}

/** Whether the flow collection starting `s` closes in it: brackets outside quotes and comments balance. */
function flowClosed(s: string): boolean {
  let depth = 0;
  for (let j = 0; j < s.length; j++) {
    const ch = s.charCodeAt(j);
    if (ch === 34 || ch === 39) {
      const end = quoteEnd(s.slice(j));
      if (end < 0) return false;
      j += end;
    } else if (ch === 35 && (j === 0 || isSpace(s.charCodeAt(j - 1)) || s.charCodeAt(j - 1) === 10)) {
      const eol = s.indexOf("\n", j);
      if (eol < 0) return depth === 0;
      j = eol;
    } else if (ch === 91 || ch === 123) depth++;
    else if (ch === 93 || ch === 125) {
      if (--depth === 0) return true;
    }
  }
  return false;
}

/** A plain scalar's text on one line: up to a comment (` #`), trailing spaces removed; `: ` inside is an error. */
function plainLine(content: string): string {
  let end = content.length;
  for (let j = 1; j < content.length; j++) {
    const ch = content.charCodeAt(j);
    if (ch === 35 && isSpace(content.charCodeAt(j - 1))) {
      end = j;
      break;
    }
    if (ch === 58 && (j + 1 === content.length || isSpace(content.charCodeAt(j + 1)))) giveUp(); // `a: b: c`
  }
  return content.slice(0, end).trimEnd();
}

/** `key: …` → the key, its length in the text and where the value starts; undefined when the line is not a mapping entry. */
function entryKey(content: string, resolve: PlainResolver): { key: string; keyLength: number; rest: number } | undefined {
  const c = content.charCodeAt(0);
  if (c === 34 || c === 39) {
    const end = quoteEnd(content);
    if (end < 0) return undefined;
    const m = /^ *:(?= |$)/.exec(content.slice(end + 1));
    if (!m) return undefined;
    const key = flowScalar(c === 34 ? "double-quoted-scalar" : "single-quoted-scalar", content.slice(0, end + 1), 0);
    return { key, keyLength: end + 1, rest: end + 1 + m[0].length };
  }
  if ("[{&*!|>%@`#?,]}".includes(content[0] ?? "#")) return undefined;
  for (let j = 0; j < content.length; j++) {
    const ch = content.charCodeAt(j);
    if (ch === 35 && isSpace(content.charCodeAt(j - 1))) return undefined; // " #": a comment
    if (ch === 58 && (j + 1 === content.length || content.charCodeAt(j + 1) === 32)) {
      const source = content.slice(0, j).trimEnd();
      const key = resolve(source);
      return typeof key === "string" && source !== "" ? { key, keyLength: source.length, rest: j + 1 } : giveUp();
    }
  }
  return undefined;
}
