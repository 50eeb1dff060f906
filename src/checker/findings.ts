// A validated document's issues → findings with codes and positions. Unknown fields are dropped
// here without --strict: the bundled schemas are closed (as kubeconform's -strict ones), and
// ajv reports each unknown field as its own `additionalProperties` error, so filtering them
// gives exactly the open-schema result without compiling every schema twice.
import type { Severity } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
import type { CelNotEvaluated } from "../validate/cel.js";
import type { ManifestCheck, SchemaIssue } from "../validate/types.js";
import type { Locator } from "./locate.js";
import { pathText, pointerOf } from "./paths.js";
import type { Finding } from "./types.js";

const CEL_KEYWORD = "x-kubernetes-validations";

export function isReported(issue: SchemaIssue, strict: boolean): boolean {
  return strict || issue.keyword !== "additionalProperties";
}

export function schemaFindings(check: ManifestCheck, locator: Locator, strict: boolean): Finding[] {
  const out: Finding[] = [];
  for (const issue of check.errors) {
    if (!isReported(issue, strict)) continue;
    const embeddedIn = issue.embeddedIn;
    const position = issue.keyword === "yaml" && embeddedIn && typeof issue.params?.line === "number" && typeof issue.params.col === "number"
      ? locator.inside(embeddedIn, { line: issue.params.line, column: issue.params.col })
      : locator.at(issue.path, issue.keyword === "additionalProperties" ? "key" : "value", embeddedIn);
    const code = issue.keyword === CEL_KEYWORD ? "MAN004" : "MAN001";
    out.push(finding(code, "error", issue.message, position, issue.path, quoteHint(issue, locator)));
  }
  out.push(...notEvaluatedFindings(check.celNotEvaluated ?? [], locator));
  return out;
}

/**
 * "quote the value" with the value as written: YAML 1.1 read `0755` as 493 and `yes` as true, so
 * the validator's rendering of the value is not what the user must quote (the compile stage
 * says the same for plain manifests, validate/stage.ts yaml11Hint).
 */
function quoteHint(issue: SchemaIssue, locator: Locator): string | undefined {
  if (!issue.hint?.startsWith("quote the value") || issue.embeddedIn) return issue.hint;
  const source = locator.source(issue.path);
  if (source === undefined) return issue.hint;
  const read = issue.params?.value;
  const as = typeof read === "number" || typeof read === "boolean" ? `the ${typeof read} ${String(read)}` : "not a string";
  return `Kubernetes reads YAML 1.1, where ${source} is ${as}; quote it to keep the string: ${JSON.stringify(source)}`;
}

/**
 * One info finding per distinct rule and reason, at its first place: the Argo Workflows CRD puts
 * the same rule on every artifact and every DAG task, and one line per occurrence would bury the
 * rest of the report.
 */
function notEvaluatedFindings(skipped: readonly CelNotEvaluated[], locator: Locator): Finding[] {
  const groups = new Map<string, { first: CelNotEvaluated; count: number }>();
  for (const s of skipped) {
    const key = JSON.stringify([s.rule, s.reason, s.embeddedIn ?? null]);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: s, count: 1 });
  }
  return [...groups.values()].map(({ first, count }) => {
    const places = count > 1 ? ` (and ${count - 1} more place${count > 2 ? "s" : ""})` : "";
    const what = first.message ? `"${first.message}" (${first.rule})` : first.rule;
    return finding("MAN005", "info", `CEL rule not evaluated${places}: ${what}: ${first.reason}`, locator.at(first.path, "value", first.embeddedIn), first.path);
  });
}

export function finding(code: string, severity: Severity, message: string, at: { line: number; column: number }, path: JsonPath, hint?: string): Finding {
  const f = { code, severity, message, line: at.line, column: at.column, pointer: pointerOf(path), path: pathText(path) };
  return hint ? { ...f, hint } : f;
}
