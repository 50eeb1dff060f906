// The slice of Go's text/template that ApplicationSets written by pipeforge
// use: field chains (`{{.path.path}}`), `{{index .path.segments N}}`,
// comments and trim markers. Anything else is reported as unsupported rather
// than guessed: a preview that silently differs from Argo CD is worse than none.
// Semantics follow https://pkg.go.dev/text/template: with missingkey=error a
// missing map key fails the execution; otherwise it prints "<no value>".

export type TemplateResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly kind: "unsupported" | "error"; readonly message: string };

export interface TemplateOptions {
  /** goTemplateOptions contains missingkey=error. */
  readonly missingKeyError: boolean;
}

const FIELD_CHAIN = /^(?:\.[A-Za-z_][A-Za-z0-9_]*)+$|^\.$/;
const INTEGER = /^(?:0|-?[1-9][0-9]*)$/;

export function executeGoTemplate(text: string, data: unknown, options: TemplateOptions): TemplateResult {
  let out = "";
  let rest = text;
  let trimNext = false;
  for (;;) {
    const open = rest.indexOf("{{");
    let literal = open < 0 ? rest : rest.slice(0, open);
    if (trimNext) literal = literal.replace(/^\s+/, "");
    if (open < 0) return { ok: true, value: out + literal };
    const close = rest.indexOf("}}", open + 2);
    if (close < 0) return { ok: false, kind: "error", message: `unclosed action in "${text}"` };
    let body = rest.slice(open + 2, close);
    // "{{- " and " -}}" trim the surrounding white space (the space is required).
    if (/^-\s/.test(body)) {
      literal = literal.replace(/\s+$/, "");
      body = body.slice(1);
    }
    trimNext = /\s-$/.test(body);
    if (trimNext) body = body.slice(0, -1);
    out += literal;
    const value = evaluate(body.trim(), data, options);
    if (!value.ok) return value;
    out += value.value;
    rest = rest.slice(close + 2);
  }
}

function evaluate(action: string, data: unknown, options: TemplateOptions): TemplateResult {
  if (action.startsWith("/*") && action.endsWith("*/")) return { ok: true, value: "" };
  const words = action.split(/\s+/).filter(Boolean);
  const [head, ...args] = words;
  if (head === undefined) return { ok: false, kind: "error", message: "missing value for command in {{}}" };
  if (args.length === 0 && FIELD_CHAIN.test(head)) {
    const v = field(head, data, options);
    return v.ok ? { ok: true, value: printValue(v.value) } : v;
  }
  if (head === "index" && args.length >= 2 && FIELD_CHAIN.test(args[0] ?? "") && args.slice(1).every((a) => INTEGER.test(a))) {
    const base = field(args[0] ?? ".", data, options);
    if (!base.ok) return base;
    let v: unknown = base.value;
    for (const a of args.slice(1)) {
      const n = Number(a);
      if (!Array.isArray(v)) return { ok: false, kind: "error", message: `error calling index: cannot index ${describe(v)} with ${a}` };
      if (n < 0 || n >= v.length) return { ok: false, kind: "error", message: `error calling index: index out of range: ${a}` };
      v = v[n];
    }
    return { ok: true, value: printValue(v) };
  }
  return { ok: false, kind: "unsupported", message: `unsupported template expression {{${action}}}` };
}

function field(chain: string, data: unknown, options: TemplateOptions): { ok: true; value: unknown } | TemplateResult & { ok: false } {
  let v = data;
  for (const key of chain.split(".").filter(Boolean)) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
      return { ok: false, kind: "error", message: `can't evaluate field ${key} in ${describe(v)}` };
    }
    const map = v as Record<string, unknown>;
    if (!Object.hasOwn(map, key)) {
      if (options.missingKeyError) return { ok: false, kind: "error", message: `map has no entry for key "${key}" (in ${chain})` };
      return { ok: true, value: undefined };
    }
    v = map[key];
  }
  return { ok: true, value: v };
}

/** fmt's %v for the values path parameters hold. */
function printValue(v: unknown): string {
  if (v === undefined) return "<no value>";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `[${v.map(printValue).join(" ")}]`;
  if (v !== null && typeof v === "object") {
    const map = v as Record<string, unknown>;
    return `map[${Object.keys(map).sort().map((k) => `${k}:${printValue(map[k])}`).join(" ")}]`;
  }
  return String(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (v === null || v === undefined) return "nil";
  return typeof v === "object" ? "a map" : `a ${typeof v}`;
}
