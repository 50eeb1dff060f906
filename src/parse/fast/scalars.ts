// Scalars for the fast reader (reader.ts). The reader only finds where a scalar starts and
// ends; its value comes from the `yaml` package's own resolver (CST.resolveAsScalar: folding,
// escapes, chomping) and, for plain scalars, the schema's tags (plain.ts), so a value is what a
// full parse gives. Whatever the resolver objects to ends the fast read.
import { CST } from "yaml";
import type { PlainResolver } from "./plain.js";
import type { PositionSink } from "./sink.js";

export class GiveUp extends Error {}

export const giveUp = (): never => {
  throw new GiveUp();
};

type FlowScalarType = "scalar" | "single-quoted-scalar" | "double-quoted-scalar";

/** The value of a plain or quoted scalar's source text (which may span lines). */
export function flowScalar(type: FlowScalarType, source: string, indent: number): string {
  let failed = false;
  const resolved = CST.resolveAsScalar({ type, offset: 0, indent, source }, true, () => void (failed = true));
  return failed ? giveUp() : resolved.value;
}

/** A plain scalar's source → its typed value (a multi-line one is folded first, as the `yaml` package does). */
export function plainScalar(source: string, indent: number, resolve: PlainResolver): unknown {
  return resolve(source.includes("\n") ? flowScalar("scalar", source, indent) : source);
}

/** `header` is the indicator without its comment (`|`, `>-`), `source` the content lines with their indentation. */
export function blockScalar(header: string, source: string, indent: number): string {
  let failed = false;
  const token = {
    type: "block-scalar" as const,
    offset: 0,
    indent,
    props: [{ type: "block-scalar-header" as const, offset: 0, indent, source: header }],
    source,
  };
  const resolved = CST.resolveAsScalar(token, true, () => void (failed = true));
  return failed ? giveUp() : resolved.value;
}

/** Where a quoted scalar starting at `s[0]` ends (the index of its closing quote), or -1 when not in `s`. */
export function quoteEnd(s: string): number {
  const quote = s.charCodeAt(0);
  for (let j = 1; j < s.length; j++) {
    const ch = s.charCodeAt(j);
    if (quote === 34 && ch === 92) j++; // a backslash escapes the next character in "…"
    else if (ch === quote) {
      if (quote === 39 && s.charCodeAt(j + 1) === 39) j++; // '' is a quote in '…'
      else return j;
    }
  }
  return -1;
}

/** Where a flow collection's nodes go: `base` is the offset of `s` in the document's text. */
export interface FlowPositions {
  readonly sink: PositionSink;
  readonly base: number;
}

/**
 * `[a, "b", {c: 1}]` or `{a: 1, b: [x]}`, possibly over several lines → [value, the text after it].
 * With `at`, the nodes inside the collection are recorded (the caller records the collection).
 */
export function flowCollection(s: string, maxDepth: number, indent: number, resolve: PlainResolver, at?: FlowPositions): [unknown, string] {
  let pos = 0;
  let depth = 0;
  // Inside a flow collection line breaks are white space, and a comment runs to the line's end.
  const spaces = () => {
    for (;;) {
      const c = s.charCodeAt(pos);
      if (c === 32 || c === 10) pos++;
      else if (c === 35 && pos > 0 && (s.charCodeAt(pos - 1) === 32 || s.charCodeAt(pos - 1) === 10)) {
        const eol = s.indexOf("\n", pos);
        pos = eol < 0 ? s.length : eol;
      } else return;
    }
  };
  // The last scalar's range in `s`, for its node or its key.
  let scalarStart = 0;
  let scalarEnd = 0;
  const scalar = (key: boolean): unknown => {
    const c = s.charCodeAt(pos);
    scalarStart = pos;
    if (c === 34 || c === 39) {
      const end = quoteEnd(s.slice(pos));
      if (end < 0) giveUp();
      const value = flowScalar(c === 34 ? "double-quoted-scalar" : "single-quoted-scalar", s.slice(pos, pos + end + 1), indent);
      pos += end + 1;
      scalarEnd = pos;
      return value;
    }
    const start = pos;
    while (pos < s.length && !",[]{}#:".includes(s[pos] as string)) pos++;
    // `#` may be a comment, `:` a pair or part of a word (a URL): left to the `yaml` package.
    if (s[pos] === "#" || (s[pos] === ":" && !key)) giveUp();
    const source = s.slice(start, pos).trim();
    if (source.includes("\n")) giveUp(); // a plain scalar over several lines: folded, left to the `yaml` package
    // Indicators cannot start a plain scalar; `-`, `?` and `:` can when a non-space follows.
    if (source === "" || "&*!|>%@`".includes(source[0] as string) || /^[-?:]( |$)/.test(source)) giveUp();
    scalarEnd = start + source.length;
    return resolve(source);
  };
  const sequence = (): unknown[] => {
    const out: unknown[] = [];
    for (;;) {
      spaces();
      if (s[pos] === "]") {
        pos++;
        return out;
      }
      out.push(node(-1, -1));
      spaces();
      if (s[pos] === ",") pos++;
      else if (s[pos] !== "]") giveUp();
    }
  };
  const mapping = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (;;) {
      spaces();
      if (s[pos] === "}") {
        pos++;
        return out;
      }
      const key = scalar(true);
      const [keyStart, keyEnd] = [scalarStart, scalarEnd];
      spaces();
      if (typeof key !== "string" || s[pos] !== ":" || Object.hasOwn(out, key) || key === "__proto__" || key === "<<") giveUp();
      pos++;
      // `{a:1}` is the key "a:1" in YAML 1.2 flow style; only `: ` (or `:` before , } ]) separates.
      if (pos < s.length && !" ,}]\n".includes(s[pos] as string)) giveUp();
      spaces();
      if (s[pos] === "," || s[pos] === "}") {
        // An empty value is a null node where the next item (or the end) starts.
        if (at) at.sink.close(at.sink.open(at.base + keyStart, at.base + keyEnd, key as string), null, at.base + pos, at.base + pos);
        out[key as string] = null;
      } else out[key as string] = at ? node(at.base + keyStart, at.base + keyEnd, key as string) : node(-1, -1);
      spaces();
      if (s[pos] === ",") pos++;
      else if (s[pos] !== "}") giveUp();
    }
  };
  const node = (keyStart: number, keyEnd: number, key?: string): unknown => {
    if (++depth > maxDepth) giveUp();
    spaces();
    const opened = depth > 1 ? at?.sink.open(keyStart, keyEnd, key) : undefined;
    const start = pos;
    const c = s.charCodeAt(pos);
    if (c === 91 || c === 123) pos++;
    const value = c === 91 ? sequence() : c === 123 ? mapping() : scalar(false);
    if (at && opened !== undefined) at.sink.close(opened, value, at.base + (c === 91 || c === 123 ? start : scalarStart), at.base + (c === 91 || c === 123 ? pos : scalarEnd));
    depth--;
    return value;
  };
  const value = node(-1, -1);
  return [value, s.slice(pos)];
}
