// Policies: policy files, built-in rules, exceptions. The engine's own codes
// are POL*; the built-in rules (PFR*) are listed from their registry, where
// each rule file holds its severity and help. Custom rules of a Policy report
// under `<policy>/<rule-id>`, which no registered code can equal.
import { builtinRules } from "../../policy/rules/index.js";
import type { CodeInfo } from "../codes.js";

const engineCodes: readonly CodeInfo[] = [
  { code: "POL001", name: "policy-invalid", severity: "error", summary: "Policy document does not match the Policy schema", help: "A Policy has metadata.name and spec.rules; each rule has an id and either configures a built-in rule (severity, parameters) or is a custom rule with message and schema. See policies/README.md." },
  { code: "POL002", name: "exception-expired", severity: "error", summary: "Policy exception has expired", help: "Renew the exception with a new expires date and reason, or fix the finding and delete the exception. An expired exception no longer suppresses anything." },
  { code: "POL003", name: "unknown-rule", severity: "error", summary: "Rule id names no rule", help: "A rules entry without a schema must name a built-in rule (code such as PFR002 or name such as image-pinned); an exception must name a rule of its own policy. `pipeforge explain` lists the built-in rules." },
  { code: "POL004", name: "invalid-assertion", severity: "error", summary: "Custom rule's schema or path is invalid", help: "schema is a JSON Schema (draft-07) checked with ajv in strict mode: unknown keywords and formats are errors. path is dotted with [*] or [N] for list items and [\"key\"] for keys holding dots: spec.tasks[*].container.image." },
  { code: "POL005", name: "invalid-parameters", severity: "error", summary: "Built-in rule parameters are invalid", help: "`pipeforge explain <rule>` lists the parameters each built-in rule accepts and their defaults." },
  { code: "POL006", name: "duplicate-rule", severity: "error", summary: "Rule or policy declared twice", help: "Rule ids are unique within a policy and may not reuse a built-in rule's code or name; policy names (metadata.name) are unique in the repository." },
  { code: "POL007", name: "policy-matches-nothing", severity: "warning", summary: "Policy match selects nothing in the repository", help: "Each list under match (environments, businessUnits, teams, pipelines) is a set of globs, `!glob` excluding; a list that matches no name of the repository makes the policy a silent no-op." },
  { code: "POL008", name: "unknown-kind", severity: "warning", summary: "Policy names a kind pipeforge does not know", help: "kinds are Pipeline, Team, or a Kubernetes kind the repository renders (CronWorkflow, WorkflowTemplate, Sensor, SparkApplication, ConfigMap…); a misspelt kind matches nothing." },
];

export const policyCodes: readonly CodeInfo[] = [
  ...engineCodes,
  ...builtinRules.map(({ code, name, severity, summary, help }) => ({ code, name, severity, summary, help })),
];
