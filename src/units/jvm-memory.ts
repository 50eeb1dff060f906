import { fail } from "./result.js";

export type JvmMemoryResult =
  | { ok: true; bytes: number; bareNumber: boolean }
  | { ok: false; reason: string; hint?: string };

// Spark's byte-string suffixes, all binary (JavaUtils.byteSuffixes in
// common/network-common/.../JavaUtils.java). The Spark operator's resource-quota
// webhook keeps its own copy of the same table (parseJavaMemoryString).
const SUFFIX_POWER: ReadonlyMap<string, number> = new Map([
  ["b", 0],
  ["k", 1],
  ["kb", 1],
  ["m", 2],
  ["mb", 2],
  ["g", 3],
  ["gb", 3],
  ["t", 4],
  ["tb", 4],
  ["p", 5],
  ["pb", 5],
]);
const JVM_LETTER = ["b", "k", "m", "g", "t", "p"] as const;

// JavaUtils.byteStringAs matches `([0-9]+)([a-z]+)?` on the lower-cased string.
const INTEGER = /^(\d+)([a-z]*)$/i;
const FRACTION = /^(\d+)\.(\d+)([a-z]*)$/i;
// Kubernetes binary suffixes (512Mi) and IEC byte units (512MiB).
const KUBERNETES = /^(\d+)([kmgtpe])i(b?)$/i;

/**
 * Parses `spark.driver.memory` / `spark.executor.memory` values (what the
 * SparkApplication `memory` and `memoryOverhead` fields become): an integer and
 * an optional case-insensitive b, k(b), m(b), g(b), t(b), p(b) suffix.
 */
export function parseJvmMemory(text: string): JvmMemoryResult {
  if (text === "") return fail("empty memory size");
  // Spark itself trims, but the operator's webhook does not; keep YAML exact.
  if (text.trim() !== text) {
    return { ok: false, reason: "memory size must not have surrounding whitespace", hint: `use "${text.trim()}"` };
  }

  const kubernetes = KUBERNETES.exec(text);
  if (kubernetes !== null) {
    return {
      ok: false,
      reason: `"${text}" is Kubernetes notation, which Spark does not accept`,
      hint: `Spark memory uses JVM notation: use ${jvmSpelling(kubernetes[1] ?? "", kubernetes[2] ?? "")}`,
    };
  }

  const fraction = FRACTION.exec(text);
  if (fraction !== null) {
    return {
      ok: false,
      reason: "Spark does not accept fractional memory sizes",
      ...fractionHint(fraction[1] ?? "", fraction[2] ?? "", (fraction[3] ?? "").toLowerCase()),
    };
  }

  const integer = INTEGER.exec(text);
  if (integer === null) return fail(`"${text}" is not a memory size; write e.g. 512m or 4g`);
  const digits = integer[1] ?? "";
  const suffix = (integer[2] ?? "").toLowerCase();
  // Spark declares these settings with bytesConf(ByteUnit.MiB), so a bare
  // number means MiB. Legal, but easy to misread; callers may want to warn.
  const power = suffix === "" ? 2 : SUFFIX_POWER.get(suffix);
  if (power === undefined) {
    return fail(`unknown suffix "${integer[2] ?? ""}"; use b, k, m, g, t or p (optionally followed by b)`);
  }
  const bytes = Number(digits) * 1024 ** power;
  if (!Number.isSafeInteger(bytes)) return fail("memory size is too large");
  return { ok: true, bytes, bareNumber: suffix === "" };
}

function jvmSpelling(digits: string, kubernetesLetter: string): string {
  const letter = kubernetesLetter.toLowerCase();
  // Spark has no exbibyte suffix; express Ei in pebibytes.
  return letter === "e" ? `${BigInt(digits) * 1024n}p` : `${digits}${letter}`;
}

function fractionHint(whole: string, decimals: string, suffix: string): { hint?: string } {
  const power = SUFFIX_POWER.get(suffix);
  if (power === undefined || power === 0) return {};
  // 1.5g is 1536m: one unit down, when that gives a whole number.
  const scaled = Number(`${whole}.${decimals}`) * 1024;
  const letter = JVM_LETTER[power - 1];
  if (!Number.isInteger(scaled) || letter === undefined) return {};
  return { hint: `use ${scaled}${letter}` };
}
