// Small conversions from spec notation to Kubernetes fields.
import { parseDuration } from "../units/index.js";

/** Seconds of a duration; undefined when unset or invalid (checks report invalid ones). */
export function seconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const r = parseDuration(text);
  return r.ok ? Math.round(r.seconds) : undefined;
}

/** Drop undefined members so views only carry what is set (and templates can test with #if). */
export function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

export function nonEmpty<T extends object>(obj: T | undefined): T | undefined {
  return obj && Object.keys(obj).length > 0 ? obj : undefined;
}
