import { BINARY_SUFFIXES, DECIMAL_SUFFIXES, parseQuantity, splitQuantity } from "./quantity.js";

export type ResourceKind = "cpu" | "memory";

const MEBIBYTE = 2 ** 20;
// A bare CPU count this high is far more likely a forgotten `m` than a request
// for a hundred cores. A heuristic, so it only ever produces a hint.
const SUSPICIOUS_CORES = 100;
// Suffixes people carry over from JVM, Docker or disk sizes: 512MB, 1gb, 1g, 1K, 512mi.
const SIZE_LIKE = /^([kmgtpe])(i?b?)$/i;

/**
 * A hint for a quantity that is valid but almost certainly not what was meant
 * (`memory: 512m` is half a byte), or invalid in a recognisable way. Undefined
 * when there is nothing to say; the message wording is for people, not tests.
 */
export function quantityHint(resource: ResourceKind, text: string | number): string | undefined {
  const raw = String(text);
  const parts = typeof text === "number" ? undefined : splitQuantity(text.trim());
  const parsed = parseQuantity(text);
  const number = parts?.number ?? raw;
  const suffix = parts?.suffix ?? "";
  if (!parsed.ok && typeof text === "string" && parseQuantity(text.trim()).ok) {
    return `remove the surrounding whitespace: "${text.trim()}"`;
  }

  if (resource === "memory") {
    if (parsed.ok && (suffix === "m" || suffix === "u" || suffix === "n")) {
      return `${raw} means ${parsed.value} bytes; did you mean ${number}Mi?`;
    }
    if (parsed.ok && suffix === "" && parsed.value > 0 && parsed.value < MEBIBYTE) {
      return `${raw} means ${parsed.value} bytes; did you mean ${number}Mi?`;
    }
    const sizeLike = parsed.ok ? null : SIZE_LIKE.exec(suffix);
    if (sizeLike !== null) {
      return `"${raw}" is not a Kubernetes quantity; did you mean ${number}${(sizeLike[1] ?? "").toUpperCase()}i?`;
    }
    return undefined;
  }

  if (BINARY_SUFFIXES.has(suffix) || (!parsed.ok && SIZE_LIKE.test(suffix))) {
    return `cpu is counted in cores (e.g. 500m or 2); "${raw}" looks like a memory size`;
  }
  const exponent = DECIMAL_SUFFIXES.get(suffix);
  if (parsed.ok && exponent !== undefined && exponent >= 3) {
    return `cpu is counted in cores (e.g. 500m or 2); "${raw}" means ${parsed.value} cores`;
  }
  if (parsed.ok && suffix === "" && parsed.value >= SUSPICIOUS_CORES) {
    return `${raw} means ${parsed.value} cores; did you mean ${number}m?`;
  }
  return undefined;
}
