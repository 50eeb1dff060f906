// The JSON Schema of the Policy kind (pipeforge.io/v1alpha1). It is the
// reference of the format: every field is described. Semantic checks that a
// schema cannot express (rule ids, assertion schemas, parameters, dates) are
// made in load.ts.
import type { JsonSchema } from "./types.js";

const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: "string", description, ...extra });
const globs = (what: string) => ({
  type: "array",
  minItems: 1,
  items: { type: "string", minLength: 1 },
  description: `Globs over ${what}; \`!glob\` excludes. Unset: every ${what.replace(/s$/, "")}.`,
});

/** A custom rule id: lowercase words joined by '-', so it can never equal a built-in code such as PFR002. */
export const CUSTOM_RULE_ID = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

const rule = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  description: "A built-in rule to enable and configure (id is its code or name), or a custom rule (id, message and schema).",
  properties: {
    id: str("Built-in rule code (PFR002) or name (image-pinned); or the id of a custom rule: lowercase words joined by '-'.", { minLength: 1 }),
    severity: { type: "string", enum: ["error", "warning", "info", "off"], description: "Severity of the rule's findings; off disables it. Default: the built-in rule's own, error for custom rules." },
    parameters: { type: "object", description: "Built-in rules only: parameters (`pipeforge explain <rule>` lists them)." },
    message: str("Custom rules: what is wrong, shown with every finding.", { minLength: 1 }),
    description: str("Custom rules: why the rule exists and how to comply (shown as the hint and by `pipeforge explain`)."),
    kinds: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "Custom rules: kinds checked; default spec.match.kinds." },
    path: str("Custom rules: the values to check inside each object, e.g. spec.tasks[*].container.image; unset: the whole object. Missing values are not checked.", { minLength: 1 }),
    schema: { type: ["object", "boolean"], description: "Custom rules: JSON Schema (draft-07) every selected value must match; false forbids the object outright." },
    examples: {
      type: "object",
      additionalProperties: false,
      description: "Custom rules: YAML shown by `pipeforge explain`.",
      properties: { pass: str("A value that passes."), fail: str("A value that fails.") },
    },
  },
};

const exception = {
  type: "object",
  additionalProperties: false,
  required: ["target", "rule", "reason", "expires"],
  description: "Excuses the targets from one rule of this policy until a date. Suppressed findings are still reported, marked suppressed.",
  properties: {
    target: str("Glob over `<env>/<bu>/<team>/<pipeline>` (or `<env>/<bu>/<team>` for team findings): prd/autos/ml/spark-pi, prd/*/ml/*.", { minLength: 1 }),
    rule: str("The rule: a built-in code or name enabled by this policy, or the id of one of its custom rules.", { minLength: 1 }),
    reason: str("Why the exception is acceptable (shown with every suppressed finding).", { minLength: 1 }),
    expires: str("Last day the exception applies, YYYY-MM-DD (UTC). After it, the exception is an error.", { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  },
};

export const policySchema: JsonSchema = {
  $id: "https://pipeforge.io/schemas/v1alpha1/policy.json",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  description: "Organisation rules every pipeline, team and rendered object is checked against.",
  properties: {
    apiVersion: { const: "pipeforge.io/v1alpha1", description: "Always pipeforge.io/v1alpha1." },
    kind: { const: "Policy", description: "Always Policy." },
    metadata: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      description: "Name and description.",
      properties: {
        name: str("Unique policy name; custom rules report as <name>/<rule-id>.", { pattern: CUSTOM_RULE_ID }),
        description: str("What the policy is for."),
        labels: { type: "object", additionalProperties: { type: "string" }, description: "Free-form labels." },
      },
    },
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["rules"],
      description: "What the policy matches, its rules and its exceptions.",
      properties: {
        match: {
          type: "object",
          additionalProperties: false,
          description: "The objects the policy applies to. Unset lists match everything.",
          properties: {
            environments: globs("environment names"),
            businessUnits: globs("business-unit names"),
            teams: globs("team names"),
            pipelines: globs("pipeline names"),
            kinds: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "Kinds custom rules check by default: Pipeline, Team or a rendered kind (CronWorkflow, SparkApplication…). Default [Pipeline]. Built-in rules check the objects they are written for." },
          },
        },
        rules: { type: "array", minItems: 1, items: rule, description: "The rules." },
        exceptions: { type: "array", items: exception, description: "Time-boxed exceptions to this policy's rules." },
      },
    },
  },
};
