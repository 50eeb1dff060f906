import { fail } from "./result.js";

export type DurationResult = { ok: true; seconds: number } | { ok: false; reason: string };

// Nanoseconds per unit. All but `d` are Go's time.ParseDuration units, which is
// what Argo parses (https://pkg.go.dev/time#ParseDuration); Go accepts both the
// micro sign (U+00B5) and the Greek mu (U+03BC). `d` is our spec's addition:
// Go has no day unit, so the compiler must convert before emitting it to Argo.
const UNIT_NANOS: ReadonlyMap<string, bigint> = new Map([
  ["ns", 1n],
  ["us", 1_000n],
  ["\u00b5s", 1_000n],
  ["\u03bcs", 1_000n],
  ["ms", 1_000_000n],
  ["s", 1_000_000_000n],
  ["m", 60_000_000_000n],
  ["h", 3_600_000_000_000n],
  ["d", 86_400_000_000_000n],
]);

// Go stores a Duration as int64 nanoseconds and rejects anything larger (~292 years).
const MAX_NANOS = 2n ** 63n - 1n;

const COMPONENT = /^(\d*)(?:\.(\d*))?([^\d.]*)/;

/**
 * Parses `30s`, `1h30m`, `1.5h`, `500ms`, `1d`. Follows Go's grammar (a sum of
 * `<decimal><unit>` parts, units may repeat: `1h1h` is 2h) but is stricter where
 * our specs are concerned: no negatives and no bare numbers (Go accepts a bare `0`).
 */
export function parseDuration(text: string): DurationResult {
  if (text === "") return fail("empty duration");
  if (/\s/.test(text)) return fail("duration must not contain whitespace");
  if (text.startsWith("-")) return fail("negative durations are not allowed");
  let rest = text.startsWith("+") ? text.slice(1) : text;
  if (/^\d*\.?\d*$/.test(rest) && /\d/.test(rest)) {
    return fail(`"${text}" has no unit; write e.g. ${rest}s or ${rest}m`);
  }
  if (rest === "") return fail("no number after the sign");

  let nanos = 0n;
  while (rest !== "") {
    const match = COMPONENT.exec(rest);
    const whole = match?.[1] ?? "";
    const fraction = match?.[2];
    const unit = match?.[3] ?? "";
    if (whole === "" && (fraction === undefined || fraction === "")) {
      return fail(`expected a number at "${rest}"`);
    }
    if (unit === "") return fail(`missing unit after "${rest}"; units are ns, us, ms, s, m, h, d`);
    const unitNanos = UNIT_NANOS.get(unit);
    if (unitNanos === undefined) {
      return fail(`unknown unit "${unit}"; units are ns, us, ms, s, m, h, d (case-sensitive)`);
    }
    nanos += BigInt(whole === "" ? "0" : whole) * unitNanos;
    if (fraction !== undefined && fraction !== "") {
      // Truncates below a nanosecond, as Go does.
      nanos += (BigInt(fraction) * unitNanos) / 10n ** BigInt(fraction.length);
    }
    if (nanos > MAX_NANOS) return fail("duration is too large (Go's limit is about 292 years)");
    rest = rest.slice((match?.[0] ?? "").length);
  }
  return { ok: true, seconds: Number(nanos) / 1e9 };
}
