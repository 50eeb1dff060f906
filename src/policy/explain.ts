// `pipeforge explain RULE`: what a rule checks, why it exists, a passing and
// a failing example, and (built-in rules) its parameters and how to enable it.
import { stringify } from "yaml";
import type { ParsedDocument } from "../parse/index.js";
import { KNOWN_KINDS } from "./known-kinds.js";
import { loadPolicies } from "./load.js";
import type { CustomRule, Policy } from "./model.js";
import { builtinRule } from "./rules/index.js";
import type { BuiltinRule } from "./types.js";

const indent = (text: string) => text.replace(/\n+$/, "").split("\n").map((l) => (l ? `  ${l}` : l)).join("\n");

/** The explanation of a built-in rule (code or name), or of a custom rule of the given policy documents. */
export function describeRule(id: string, policyDocs: readonly ParsedDocument[] = []): string | undefined {
  const builtin = builtinRule(id);
  if (builtin) return explainBuiltin(builtin);
  if (policyDocs.length === 0) return undefined;
  const { policies } = loadPolicies(policyDocs, { today: "0000-01-01", knownKinds: new Set(KNOWN_KINDS) });
  const found = policies.flatMap((p) => p.rules.filter((r): r is CustomRule => r.type === "custom" && (r.code === id || r.id === id)).map((r) => ({ p, r })));
  const first = found[0];
  if (!first) return undefined;
  if (found.length > 1) return `${id} is a rule of several policies; name one: ${found.map((f) => f.r.code).join(", ")}\n`;
  return explainCustom(first.p, first.r);
}

function explainBuiltin(rule: BuiltinRule): string {
  const props = (typeof rule.parameters === "object" ? (rule.parameters.properties as Record<string, { description?: string }> | undefined) : undefined) ?? {};
  const required = typeof rule.parameters === "object" && Array.isArray(rule.parameters.required) ? (rule.parameters.required as string[]) : [];
  const params = Object.entries(props).map(([name, p]) => {
    const dflt = required.includes(name) ? "required" : `default ${JSON.stringify(rule.defaults[name])}`;
    return `  ${name}: ${p.description ?? ""} (${dflt})`;
  });
  return [
    `${rule.code} ${rule.name} (${rule.severity})`,
    "",
    `${rule.summary}.`,
    "",
    `Why: ${rule.why}`,
    "",
    `How to comply: ${rule.help}`,
    "",
    "Parameters:",
    params.length > 0 ? params.join("\n") : "  (none)",
    "",
    "Passes:",
    indent(rule.examples.pass),
    "",
    "Fails:",
    indent(rule.examples.fail),
    "",
    "Enable it in a Policy (policies/*.yaml):",
    indent(`spec:\n  rules:\n    - id: ${rule.code}${required.length > 0 ? `\n      parameters: {${required.map((r) => `${r}: ...`).join(", ")}}` : ""}`),
    "",
  ].join("\n");
}

function explainCustom(policy: Policy, rule: CustomRule): string {
  const lines = [`${rule.code} (${rule.severity})`, `Custom rule of policy ${policy.name} (${policy.file}).`, "", `${rule.message}.`];
  if (rule.description) lines.push("", rule.description);
  lines.push("", `Checks: ${rule.kinds.join(", ")}${rule.path ? `, the values at ${rule.path}` : ""}, against this JSON Schema:`, indent(stringify(rule.schema)));
  if (rule.examples?.pass) lines.push("", "Passes:", indent(rule.examples.pass));
  if (rule.examples?.fail) lines.push("", "Fails:", indent(rule.examples.fail));
  return lines.join("\n") + "\n";
}
