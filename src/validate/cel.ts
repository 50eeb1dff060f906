import { compileRule, firstLine, readRule, type CelRule } from "./cel-rule.js";
import { parseFieldPath, toCelValue, type CelValueCache } from "./cel-value.js";
import { pathOf } from "./issues.js";
import type { InstancePath, SchemaIssue } from "./types.js";

// CRD validation rules (`x-kubernetes-validations`) evaluated where schema validation met them.
// A rule that evaluates to false is an issue, with the rule's message, at the value (or its
// fieldPath). A rule that cannot be evaluated here — a transition rule, a function cel-js lacks,
// a runtime error — is listed with the reason, so a caller can say what went unchecked.

/** Where validation met rules: the rules, the value they apply to, and its JSON pointer. */
export interface CelSite {
  readonly rules: readonly unknown[];
  readonly data: unknown;
  readonly pointer: string;
}

export interface CelNotEvaluated {
  readonly path: InstancePath;
  readonly rule: string;
  readonly message?: string;
  readonly reason: string;
  /** As in SchemaIssue: set when the value is inside a manifest embedded as a string. */
  readonly embeddedIn?: InstancePath;
}

export interface CelResult {
  readonly errors: SchemaIssue[];
  readonly notEvaluated: CelNotEvaluated[];
}

export const CEL_ISSUE_KEYWORD = "x-kubernetes-validations";

/**
 * Schema errors after which the API server does not run the rules at all ("some validation
 * rules were not checked because the object was invalid"): a wrong type, a value outside an
 * enum, a missing required field, too long or too many (apiextensions-apiserver hasBlockingErr).
 */
const BLOCKING_KEYWORDS = new Set(["type", "anyOf", "oneOf", "enum", "const", "required", "maxLength", "maxItems", "maxProperties"]);

export function blocksCel(issues: readonly SchemaIssue[]): boolean {
  return issues.some((issue) => BLOCKING_KEYWORDS.has(issue.keyword));
}

const BLOCKED_REASON = "the object has schema errors (type, enum, required or size); the API server evaluates CEL rules only once those are fixed";

export function evaluateCel(sites: readonly CelSite[], root: unknown, blocked: boolean): CelResult {
  const result: CelResult = { errors: [], notEvaluated: [] };
  const cache: CelValueCache = new WeakMap();
  const seen = new Map<string, Set<readonly unknown[]>>();
  for (const site of sites) {
    // ajv may reach one schema twice for one value (a $ref inside an anyOf): evaluate it once.
    const done = seen.get(site.pointer) ?? new Set();
    if (done.has(site.rules)) continue;
    seen.set(site.pointer, done.add(site.rules));
    // The API server does not run rules on a null value (a nullable field set to null).
    if (site.data === null) continue;
    const path = pathOf(site.pointer, root);
    for (const entry of site.rules) {
      const rule = readRule(entry);
      if (!rule) {
        result.notEvaluated.push({ path, rule: JSON.stringify(entry), reason: "not a rule: an x-kubernetes-validations entry needs a string `rule`" });
      } else if (blocked) {
        result.notEvaluated.push({ path, ...described(rule), reason: BLOCKED_REASON });
      } else {
        evaluateRule(rule, toCelValue(site.data, cache), path, result);
      }
    }
  }
  return result;
}

function evaluateRule(rule: CelRule, self: unknown, path: InstancePath, out: CelResult): void {
  const compiled = compileRule(rule.rule);
  if (!compiled.ok) {
    out.notEvaluated.push({ path, ...described(rule), reason: compiled.reason });
    return;
  }
  let value: unknown;
  try {
    value = compiled.program({ self });
  } catch (error) {
    out.notEvaluated.push({ path, ...described(rule), reason: `cel-js could not evaluate it: ${firstLine(error)}` });
    return;
  }
  if (value === true) return;
  if (value !== false) {
    out.notEvaluated.push({ path, ...described(rule), reason: `it evaluated to ${typeof value}, not a boolean` });
    return;
  }
  const at = rule.fieldPath === undefined ? path : [...path, ...(parseFieldPath(rule.fieldPath) ?? [])];
  out.errors.push({ path: at, keyword: CEL_ISSUE_KEYWORD, message: failureMessage(rule, self), params: { rule: rule.rule } });
}

/** Kubernetes: messageExpression when it yields a non-empty string, else message, else "failed rule: <rule>". */
function failureMessage(rule: CelRule, self: unknown): string {
  if (rule.messageExpression !== undefined) {
    const compiled = compileRule(rule.messageExpression);
    if (compiled.ok) {
      try {
        const text = compiled.program({ self });
        if (typeof text === "string" && text.trim() !== "") return text;
      } catch {
        // The API server falls back to `message` too when messageExpression fails.
      }
    }
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}

function described(rule: CelRule): { rule: string; message?: string } {
  return rule.message === undefined ? { rule: rule.rule } : { rule: rule.rule, message: rule.message };
}
