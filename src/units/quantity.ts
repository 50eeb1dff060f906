import { fail } from "./result.js";

export type QuantityResult = { ok: true; value: number } | { ok: false; reason: string };

// Kubernetes resource.Quantity grammar
// (https://github.com/kubernetes/apimachinery/blob/master/pkg/api/resource/quantity.go):
//   <quantity> ::= <signedNumber><suffix>
//   <number>   ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
//   <suffix>   ::= <binarySI> | <decimalSI> | <decimalExponent>
// The exponent is a signed integer in the Go parser, although the CRD OpenAPI
// pattern allows a fraction there; we follow the parser.
const NUMBER = /^([+-]?)(\d+\.?\d*|\.\d+)(.*)$/s;
const EXPONENT = /^[eE]([+-]?\d+)$/;

export const BINARY_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["Ki", 1],
  ["Mi", 2],
  ["Gi", 3],
  ["Ti", 4],
  ["Pi", 5],
  ["Ei", 6],
]);

// Powers of ten. `n` and `u` are not in the documented grammar but the parser
// accepts them (and prints them, e.g. for tiny CPU values).
export const DECIMAL_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["n", -9],
  ["u", -6],
  ["m", -3],
  ["", 0],
  ["k", 3],
  ["M", 6],
  ["G", 9],
  ["T", 12],
  ["P", 15],
  ["E", 18],
]);

export interface QuantityParts {
  sign: "" | "+" | "-";
  number: string;
  suffix: string;
}

/** Splits a quantity into sign, number and suffix without judging the suffix. */
export function splitQuantity(text: string): QuantityParts | undefined {
  const match = NUMBER.exec(text);
  if (match === null) return undefined;
  const sign = match[1] === "-" ? "-" : match[1] === "+" ? "+" : "";
  return { sign, number: match[2] ?? "", suffix: match[3] ?? "" };
}

/**
 * Parses a container resource quantity into base units (cores for cpu, bytes for
 * memory). YAML numbers (`cpu: 1`, `cpu: 0.5`) are accepted as Kubernetes does.
 * Negative values are grammatical; resource validation rejects them later.
 */
export function parseQuantity(text: string | number): QuantityResult {
  if (typeof text === "number") {
    return Number.isFinite(text) ? { ok: true, value: text } : fail("quantity must be a finite number");
  }
  if (text === "") return fail("empty quantity");
  if (text.trim() !== text) return fail("quantity must not have surrounding whitespace");
  const parts = splitQuantity(text);
  if (parts === undefined) return fail(`"${text}" does not start with a number`);
  const signed = `${parts.sign === "-" ? "-" : ""}${parts.number}`;

  const binary = BINARY_SUFFIXES.get(parts.suffix);
  let value: number;
  if (binary !== undefined) {
    value = Number(signed) * 2 ** (10 * binary);
  } else {
    const exponent = EXPONENT.exec(parts.suffix)?.[1] ?? DECIMAL_SUFFIXES.get(parts.suffix);
    if (exponent === undefined) {
      return fail(`unknown suffix "${parts.suffix}"; use Ki Mi Gi Ti Pi Ei, n u m k M G T P E, or an exponent like e3`);
    }
    // Building "<number>e<exp>" lets Number() round once, so 512m is exactly 0.512.
    value = Number(`${signed}e${exponent}`);
  }
  if (!Number.isFinite(value)) return fail("quantity is too large");
  return { ok: true, value };
}
