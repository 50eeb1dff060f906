// Go's path.Match, the matcher Argo CD's git directory generator applies to
// every repository directory (applicationset/generators/git.go, filterApps).
// https://pkg.go.dev/path#Match:
//   '*'  any sequence of non-'/' characters      '?'  one non-'/' character
//   '[' ['^'] ranges ']'  a character class (may match '/')
//   '\\' c  the character c                       the pattern must match the whole name
// A malformed pattern is ErrBadPattern: Argo CD logs it and skips that entry.

export type GoMatch = { readonly ok: true; readonly match: boolean } | { readonly ok: false; readonly error: string };

const cache = new Map<string, RegExp | string>();

export function goPathMatch(pattern: string, name: string): GoMatch {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(pattern);
    cache.set(pattern, compiled);
  }
  if (typeof compiled === "string") return { ok: false, error: compiled };
  return { ok: true, match: compiled.test(name) };
}

const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

/** The pattern as an anchored RegExp over code points, or the reason it is malformed. */
function compile(pattern: string): RegExp | string {
  const chars = [...pattern];
  let out = "";
  let i = 0;
  const bad = (why: string) => `syntax error in pattern "${pattern}": ${why}`;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === "*") {
      out += "[^/]*";
      i++;
    } else if (c === "?") {
      out += "[^/]";
      i++;
    } else if (c === "\\") {
      const next = chars[i + 1];
      if (next === undefined) return bad("trailing backslash");
      out += escapeChar(next);
      i += 2;
    } else if (c === "[") {
      const cls = characterClass(chars, i + 1);
      if (typeof cls === "string") return bad(cls);
      out += cls.source;
      i = cls.next;
    } else {
      out += escapeChar(c);
      i++;
    }
  }
  return new RegExp(`^${out}$`, "u");
}

/** One escaped-or-plain class member (Go's getEsc): '-' and ']' must be escaped. */
function classChar(chars: readonly string[], i: number): { char: string; next: number } | string {
  let c = chars[i];
  if (c === undefined) return "unterminated character class";
  if (c === "-" || c === "]") return `unescaped '${c}' in character class`;
  if (c === "\\") {
    c = chars[i + 1];
    if (c === undefined) return "unterminated character class";
    i++;
  }
  if (chars[i + 1] === undefined) return "unterminated character class";
  return { char: c, next: i + 1 };
}

function characterClass(chars: readonly string[], start: number): { source: string; next: number } | string {
  let i = start;
  const negated = chars[i] === "^";
  if (negated) i++;
  const ranges: string[] = [];
  let count = 0;
  for (;;) {
    if (chars[i] === "]" && count > 0) {
      i++;
      break;
    }
    const lo = classChar(chars, i);
    if (typeof lo === "string") return lo;
    let hi = lo;
    i = lo.next;
    if (chars[i] === "-") {
      const h = classChar(chars, i + 1);
      if (typeof h === "string") return h;
      hi = h;
      i = h.next;
    }
    count++;
    // Go matches lo <= c <= hi: a reversed range matches nothing (and is no error).
    if ((lo.char.codePointAt(0) ?? 0) <= (hi.char.codePointAt(0) ?? 0)) ranges.push(`${escapeChar(lo.char)}-${escapeChar(hi.char)}`);
  }
  return { source: `[${negated ? "^" : ""}${ranges.join("")}]`, next: i };
}
