// View models record where their values came from: for an object built for a
// template, `withOrigins(obj, { key: location })` remembers the source of
// obj[key]. The `json` helper asks `originOf(this, "a.b")` with the path
// Handlebars tracked for its argument.
import type { Location } from "../diagnostics/index.js";

/**
 * A location, or how to find it. Finding where an inherited value came from walks the layers it
 * was merged from, and a pipeline's view holds dozens of such values, of which only a finding
 * ever asks for one: a view may record the question (`() => p.origin([...])`) and leave the
 * answer to the finding (Manifest.origin).
 */
export type Origin = Location | (() => Location);

export function resolveOrigin(origin: Origin | undefined): Location | undefined {
  return typeof origin === "function" ? origin() : origin;
}

const table = new WeakMap<object, Map<string, Origin>>();
const whole = new WeakMap<object, Origin>();

export function withOrigins<T extends object>(obj: T, origins: Partial<Record<keyof T & string, Origin | undefined>>, self?: Origin): T {
  let map = table.get(obj);
  if (!map) table.set(obj, (map = new Map()));
  for (const [k, v] of Object.entries(origins)) if (v) map.set(k, v as Origin);
  if (self) whole.set(obj, self);
  return obj;
}

export function originOf(context: unknown, id: string | undefined, data: { root?: unknown } | undefined): Origin | undefined {
  if (!id || typeof context !== "object" || context === null) return undefined;
  let holder: unknown = context;
  let segments = id.split(/[./]/).filter((s) => s !== "" && s !== "this");
  if (segments[0] === "@root") {
    holder = data?.root;
    segments = segments.slice(1);
  }
  if (segments.some((s) => s === ".." || s.startsWith("@"))) return undefined;
  let found: Origin | undefined;
  for (let i = 0; i < segments.length; i++) {
    if (typeof holder !== "object" || holder === null) return found;
    const key = segments[i] ?? "";
    found = table.get(holder)?.get(key) ?? whole.get(holder) ?? found;
    holder = (holder as Record<string, unknown>)[key];
  }
  if (typeof holder === "object" && holder !== null) found = whole.get(holder) ?? found;
  return found;
}
