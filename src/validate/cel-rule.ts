import { Environment } from "@marcbachmann/cel-js";
import { isJsonObject } from "./json.js";

// One `x-kubernetes-validations` entry, read and compiled once per process. Kubernetes runs
// these rules with its own CEL environment (k8s.io/apiserver/pkg/cel/library: quantity(),
// url(), ip(), sets.*, regex find…); cel-js has the standard language and most string
// functions. A rule that needs more than cel-js offers fails to compile or to evaluate, and is
// then reported as not evaluated — never as a failure.
// https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation-rules

export interface CelRule {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  /** Where to report a failure, relative to the value: `.spec.x` or `['x']`. */
  readonly fieldPath?: string;
}

export type CelProgram = (context: { self: unknown }) => unknown;

export type CompiledRule =
  | { readonly ok: true; readonly program: CelProgram }
  /** Why the rule cannot be evaluated on a single manifest with cel-js. */
  | { readonly ok: false; readonly reason: string };

// Optional types (`self.?x.orValue(…)`) are part of the Kubernetes environment since 1.29.
const environment = new Environment({ homogeneousAggregateLiterals: false, enableOptionalTypes: true }).registerVariable("self", "dyn");

const cache = new Map<string, CompiledRule>();

/** The rule's fields when `entry` has the shape Kubernetes requires, else undefined. */
export function readRule(entry: unknown): CelRule | undefined {
  if (!isJsonObject(entry) || typeof entry.rule !== "string") return undefined;
  const text = (key: string): string | undefined => (typeof entry[key] === "string" && entry[key] !== "" ? (entry[key] as string) : undefined);
  return { rule: entry.rule, message: text("message"), messageExpression: text("messageExpression"), fieldPath: text("fieldPath") };
}

export function compileRule(source: string): CompiledRule {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = compile(source);
    cache.set(source, compiled);
  }
  return compiled;
}

// Kubernetes exposes a field whose name is not a CEL identifier (or is a reserved word) under an
// escaped name: `foo-bar` as `foo__dash__bar`, `namespace` as `__namespace__`.
const ESCAPED_NAME = /__(dash|dot|slash|underscores|[a-z]+)__/;

function compile(source: string): CompiledRule {
  if (ESCAPED_NAME.test(source)) return { ok: false, reason: "uses Kubernetes-escaped field names (such as __dash__), which cel-js does not map" };
  let parsed: ReturnType<Environment["parse"]>;
  try {
    parsed = environment.parse(source);
  } catch (error) {
    return { ok: false, reason: `cel-js cannot compile it: ${firstLine(error)}` };
  }
  if (usesIdentifier(parsed.ast, "oldSelf")) {
    return { ok: false, reason: "transition rule: it compares with the previous version of the object (oldSelf), which a manifest on its own does not have" };
  }
  return { ok: true, program: (context) => parsed(context) };
}

/** Whether the parsed expression reads the variable `name` (string literals do not count). */
function usesIdentifier(node: unknown, name: string): boolean {
  if (typeof node !== "object" || node === null) return false;
  const { op, args } = node as { op?: unknown; args?: unknown };
  if (op === "id") return args === name;
  if (op === "value") return false;
  return Array.isArray(args) && args.some((arg) => (Array.isArray(arg) ? arg.some((a) => usesIdentifier(a, name)) : usesIdentifier(arg, name)));
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
