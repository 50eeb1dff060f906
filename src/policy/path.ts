// The `path` shorthand of custom rules: `spec.tasks[*].container.image`.
// Dotted keys, `[N]` for a list item, `[*]` or `.*` for every item or value,
// `["app.kubernetes.io/name"]` for keys holding dots. Selecting yields each
// existing value with its concrete path; missing values are skipped.
import type { JsonPath } from "../parse/index.js";

export type Segment = { readonly key: string } | { readonly index: number } | { readonly any: true };

export type ParsedPath = { readonly ok: true; readonly segments: readonly Segment[] } | { readonly ok: false; readonly reason: string };

const KEY = /^[^.[\]"'\s]+/;
const BRACKET = /^\[(?:(\d+)|(\*)|"((?:[^"\\]|\\.)*)"|'([^']*)')\]/;

export function parsePath(text: string): ParsedPath {
  const segments: Segment[] = [];
  let rest = text;
  let first = true;
  while (rest !== "") {
    const bracket = BRACKET.exec(rest);
    if (bracket) {
      const [whole, index, star, dq, sq] = bracket;
      segments.push(index !== undefined ? { index: Number(index) } : star ? { any: true } : { key: dq !== undefined ? (JSON.parse(`"${dq}"`) as string) : (sq ?? "") });
      rest = rest.slice(whole.length);
      first = false;
      continue;
    }
    if (!first) {
      if (!rest.startsWith(".")) return { ok: false, reason: `expected "." or "[" at ${JSON.stringify(rest)}` };
      rest = rest.slice(1);
    }
    const key = KEY.exec(rest);
    if (!key) return { ok: false, reason: `expected a key at ${JSON.stringify(rest || "the end")}` };
    segments.push(key[0] === "*" ? { any: true } : { key: key[0] });
    rest = rest.slice(key[0].length);
    first = false;
  }
  if (segments.length === 0) return { ok: false, reason: "empty path" };
  return { ok: true, segments };
}

export interface Selected {
  readonly value: unknown;
  readonly path: JsonPath;
}

export function selectPath(root: unknown, segments: readonly Segment[]): Selected[] {
  let current: Selected[] = [{ value: root, path: [] }];
  for (const seg of segments) {
    const next: Selected[] = [];
    for (const { value, path } of current) {
      if ("any" in seg) {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, path: [...path, i] }));
        else if (isObject(value)) for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...path, k] });
      } else if ("index" in seg) {
        if (Array.isArray(value) && seg.index < value.length) next.push({ value: value[seg.index], path: [...path, seg.index] });
      } else if (isObject(value) && Object.hasOwn(value, seg.key)) {
        next.push({ value: value[seg.key], path: [...path, seg.key] });
      }
    }
    current = next.filter((s) => s.value !== undefined);
  }
  return current;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
