// Block YAML for JSON data, written directly. The `yaml` library's stringify
// builds a Document and runs every string through its schema's tag tests: it
// was a quarter of a full build (docs in README, "Dependencies"). js-yaml's
// dump is fast but leaves strings plain that YAML 1.1 readers (Kubernetes'
// go-yaml) read as numbers (`1_000`, `0b1_0`, `+.5`). This writer takes
// the output layout of the `yaml` library (two-space indent, indented
// sequences, literal blocks for multi-line strings, double quotes when
// quoting, single quotes for text holding only double quotes) and quotes every string that a YAML 1.1 or 1.2 reader could
// take for anything but that string. Tests read its output back with the
// `yaml` parser in both versions over generated values.
//
// It writes plain objects, arrays, strings, finite and non-finite numbers,
// booleans and null. Anything else (a Date, a Map, an over-long key) makes it
// return undefined, and the caller uses the `yaml` library instead.

import { isPlainRecord, nonFiniteText } from "../util/json.js";

const INDENT = "  ";
/** Implicit keys are at most 1024 characters in YAML; leave longer ones to the library. */
const MAX_KEY = 1000;

class Unsupported extends Error {}

export function writeYaml(value: unknown): string | undefined {
  try {
    if (isPlainRecord(value)) return Object.keys(value).some((k) => value[k] !== undefined) ? mapping(value, "", false) : "{}\n";
    if (Array.isArray(value)) return value.length > 0 ? sequence(value, "", false) : "[]\n";
    return `${scalar(value)}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Entries of a mapping at `pad`; the first line has no padding when it follows `- ` inline. */
function mapping(map: Record<string, unknown>, pad: string, inline: boolean): string {
  let out = "";
  let first = true;
  for (const key of Object.keys(map)) {
    const v = map[key];
    if (v === undefined) continue;
    out += `${first && inline ? "" : pad}${mappingKey(key)}:${valueAfter(v, pad, true)}`;
    first = false;
  }
  return out;
}

function sequence(items: readonly unknown[], pad: string, inline: boolean): string {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    const v = items[i] === undefined ? null : items[i];
    out += `${i === 0 && inline ? "" : pad}-${valueAfter(v, pad, false)}`;
  }
  return out;
}

/** What follows `key:` or `-`: the value inline, or on the next lines for collections under a key. */
function valueAfter(v: unknown, pad: string, underKey: boolean): string {
  const inner = pad + INDENT;
  if (Array.isArray(v)) {
    if (v.length === 0) return " []\n";
    return underKey ? `\n${sequence(v, inner, false)}` : ` ${sequence(v, inner, true)}`;
  }
  if (typeof v === "object" && v !== null) {
    if (!isPlainRecord(v)) throw new Unsupported();
    if (!Object.keys(v).some((k) => v[k] !== undefined)) return " {}\n";
    return underKey ? `\n${mapping(v, inner, false)}` : ` ${mapping(v, inner, true)}`;
  }
  if (typeof v === "string" && v.includes("\n") && literalSafe(v)) return ` ${literal(v, inner)}`;
  return ` ${scalar(v)}\n`;
}

function scalar(v: unknown): string {
  switch (typeof v) {
    case "string":
      return plainSafe(v) ? v : quoted(v);
    case "number":
      return nonFiniteText(v) ?? (Object.is(v, -0) ? "-0" : String(v));
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v === null) return "null";
      throw new Unsupported();
    default:
      throw new Unsupported();
  }
}

function mappingKey(key: string): string {
  if (key.length > MAX_KEY) throw new Unsupported();
  return plainSafe(key) ? key : quoted(key);
}

// --- strings -----------------------------------------------------------------

/** Characters a double-quoted scalar must escape beyond what JSON escapes; NEL, LS and PS are line breaks to YAML 1.1. */
const EXTRA_ESCAPES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;
const NAMED: Record<string, string> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

/** Single quotes for text with double quotes and no single ones (as the `yaml` library does), double quotes otherwise. */
function quoted(s: string): string {
  if (s.includes('"') && !s.includes("'") && !UNSAFE_CHARS.test(s)) return `'${s}'`;
  return JSON.stringify(s).replace(EXTRA_ESCAPES, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Printable, no breaks, nothing to escape; tabs are fine inside. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/** Indicators that cannot start a plain scalar (`-`, `?` and `:` can when a non-space follows). */
const BAD_FIRST = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:[ \t]|$))/u;
// Strings a YAML 1.1 or 1.2 reader resolves to something other than a string, or treats specially.
const NULLS = /^(?:~|null|Null|NULL)$/u;
const BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/u;
/** `e0`, `E12` too: the `yaml` library's YAML 1.1 float allows an empty mantissa. */
const EXPONENT = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/u;
const RESOLVES = [
  NULLS,
  BOOLEANS,
  EXPONENT,
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)$/u,
  /^[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/u,
  /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/u,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u,
  /^(?:<<|=)$/u,
];
/** Most manifest strings (names, labels, paths): a letter first, no spaces, colons or indicators. */
const SIMPLE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/u;

function plainSafe(s: string): boolean {
  if (SIMPLE.test(s)) return !NULLS.test(s) && !BOOLEANS.test(s) && !EXPONENT.test(s);
  if (s === "" || UNSAFE_CHARS.test(s) || BAD_FIRST.test(s) || s.startsWith("---") || s.startsWith("...")) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9 || last === 58 /* ":" */) return false;
  if (s.includes(": ") || s.includes(":\t") || s.includes(" #") || s.includes("\t#")) return false;
  return !RESOLVES.some((re) => re.test(s));
}

/** A literal block keeps every character as is: printable text with some content, and no whitespace-only lines. */
function literalSafe(s: string): boolean {
  if (!/[^\n]/u.test(s) || s.includes("\r") || UNSAFE_CHARS.test(s.replaceAll("\n", ""))) return false;
  return !/(?:^|\n)[ \t]+(?:\n|$)/u.test(s);
}

/** `|`, `|-` or `|+` by the trailing newlines, with an indentation indicator when the text starts with a space. */
function literal(s: string, pad: string): string {
  const lines = s.split("\n");
  let chomp = "-";
  if (s.endsWith("\n")) {
    lines.pop();
    chomp = s.endsWith("\n\n") ? "+" : "";
  }
  const firstContent = lines.find((l) => l !== "") ?? "";
  const indicator = firstContent.startsWith(" ") ? String(INDENT.length) : "";
  let out = `|${indicator}${chomp}\n`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A leading empty line keeps its indentation, as the `yaml` library writes it.
    out += line === "" && i > 0 ? "\n" : `${pad}${line}\n`;
  }
  return out;
}
