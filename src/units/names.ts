import type { Check } from "./result.js";
import { OK, fail } from "./result.js";

// Kubernetes name grammars (k8s.io/apimachinery/pkg/util/validation):
// RFC 1123 label `[a-z0-9]([-a-z0-9]*[a-z0-9])?` (≤63), RFC 1123 subdomain
// (labels joined by dots, ≤253), RFC 1035 label (a 1123 label starting with a
// letter; required for Service names) and label values (≤63, may be empty).
export const DNS_LABEL_MAX_LENGTH = 63;
export const DNS_SUBDOMAIN_MAX_LENGTH = 253;
export const LABEL_VALUE_MAX_LENGTH = 63;

const LABEL_VALUE_ALNUM = /^[A-Za-z0-9]$/;

function tooLong(name: string, maxLength: number): string | undefined {
  const over = name.length - maxLength;
  return over > 0 ? `too long by ${over} (${name.length} > ${maxLength} characters)` : undefined;
}

// Names the offending characters so the reason says what to change.
function characterProblems(name: string, allowed: RegExp): string[] {
  const problems: string[] = [];
  if (/[A-Z]/.test(name) && !allowed.test("A")) problems.push("contains uppercase letters (use lowercase)");
  if (name.includes("_") && !allowed.test("_")) problems.push("contains '_' (use '-')");
  if (name.includes(".") && !allowed.test(".")) problems.push("contains '.'");
  const others = [...new Set([...name].filter((c) => !allowed.test(c) && !/[A-Z_.]/.test(c)))];
  if (others.length > 0) problems.push(`contains invalid characters ${others.map((c) => `'${c}'`).join(", ")}`);
  return problems;
}

function labelShape(label: string, where: string): string[] {
  const problems: string[] = [];
  if (label.startsWith("-")) problems.push(`${where}starts with '-'`);
  if (label.endsWith("-")) problems.push(`${where}ends with '-'`);
  return problems;
}

function result(problems: readonly string[]): Check {
  return problems.length === 0 ? OK : fail(problems.join("; "));
}

/** RFC 1123 label: Pod, ConfigMap, most object names; also our Argo task names. */
export function checkDnsLabel(name: string, maxLength: number = DNS_LABEL_MAX_LENGTH): Check {
  if (name === "") return fail("must not be empty");
  const problems = [...characterProblems(name, /[a-z0-9-]/), ...labelShape(name, "")];
  const length = tooLong(name, maxLength);
  return result(length === undefined ? problems : [length, ...problems]);
}

/** RFC 1035 label: Service names (and so SparkApplication names, see name-limits.ts). */
export function checkDns1035Label(name: string, maxLength: number = DNS_LABEL_MAX_LENGTH): Check {
  const label = checkDnsLabel(name, maxLength);
  const startsWithDigit = /^[0-9]/.test(name);
  if (!startsWithDigit) return label;
  return fail(label.ok ? "must start with a letter" : `must start with a letter; ${label.reason}`);
}

/** RFC 1123 subdomain: dot-separated labels, e.g. Deployment or CRD object names. */
export function checkDnsSubdomain(name: string, maxLength: number = DNS_SUBDOMAIN_MAX_LENGTH): Check {
  if (name === "") return fail("must not be empty");
  const problems = characterProblems(name, /[a-z0-9.-]/);
  const labels = name.split(".");
  if (labels.some((label) => label === "")) problems.push("has an empty segment (leading, trailing or doubled '.')");
  for (const label of labels) {
    if (label !== "") problems.push(...labelShape(label, labels.length > 1 ? `segment '${label}' ` : ""));
  }
  const length = tooLong(name, maxLength);
  return result(length === undefined ? problems : [length, ...problems]);
}

/** Label value: empty, or ≤63 of [A-Za-z0-9-_.] beginning and ending alphanumeric. */
export function checkLabelValue(value: string): Check {
  if (value === "") return OK;
  const problems = characterProblems(value, /[A-Za-z0-9._-]/);
  const first = value[0] ?? "";
  const last = value[value.length - 1] ?? "";
  if (!LABEL_VALUE_ALNUM.test(first) || !LABEL_VALUE_ALNUM.test(last)) problems.push("must begin and end with a letter or digit");
  const length = tooLong(value, LABEL_VALUE_MAX_LENGTH);
  return result(length === undefined ? problems : [length, ...problems]);
}
