// PFR011: every team carries the labels cost reporting needs (cost-center).
import type { Location } from "../../diagnostics/index.js";
import type { ParsedDocument } from "../../parse/index.js";
import type { RepositoryTree } from "../../model/index.js";
import type { ResolvedTeam } from "../../resolve/index.js";
import type { Subject } from "../types.js";
import { defineRule, type Violation } from "../types.js";
import { regexProblems } from "./regex.js";

type Params = { readonly labels: readonly string[]; readonly patterns: Readonly<Record<string, string>> };

export const PFR011 = defineRule<Params>({
  code: "PFR011",
  name: "required-labels",
  severity: "error",
  summary: "Team without a required label such as cost-center",
  help: "Set the label in spec.labels of the team, its business unit or its environment (they are merged in that order), with a value matching the policy's pattern for it.",
  why: "Namespace and object labels are how cost reports and alerts are routed; an unlabelled team's spend lands on nobody's budget.",
  examples: {
    pass: "# businessunit.yaml\nspec:\n  labels: {cost-center: cc-1234}",
    fail: "# no cost-center in the team's, business unit's or environment's labels\nspec:\n  labels: {slack-channel: data-eng-alerts}",
  },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: {
      labels: { type: "array", items: { type: "string", minLength: 1 }, description: "Label keys every team must carry." },
      patterns: { type: "object", additionalProperties: { type: "string" }, description: "Regular expression per label key that its value must match." },
    },
  },
  defaults: { labels: ["cost-center"], patterns: {} },
  checkParameters: (params) => regexProblems(params.patterns),
  check(subject, params, context) {
    if (subject.source.type !== "team") return [];
    const team = subject.source.team;
    const out: Violation[] = [];
    const keys = [...new Set([...params.labels, ...Object.keys(params.patterns)])];
    for (const key of keys) {
      const value = team.labels[key];
      if (value === undefined) {
        if (params.labels.includes(key)) out.push({ message: `team ${team.id} has no ${key} label`, location: missingAt(subject), hint: `Add ${key} to spec.labels of the team, its business unit or its environment.` });
        continue;
      }
      const pattern = params.patterns[key];
      if (pattern !== undefined && !new RegExp(pattern).test(value)) {
        out.push({ message: `team ${team.id}: label ${key}=${JSON.stringify(value)} does not match ${pattern}`, location: labelOrigin(team, key, context.tree, context.locate) ?? missingAt(subject) });
      }
    }
    return out;
  },
});

function missingAt(subject: Subject): Location {
  const value = subject.value as { spec?: { labels?: unknown }; metadata?: { name?: unknown } };
  if (value.spec?.labels !== undefined) return subject.origin(["spec", "labels"]);
  return subject.origin(value.metadata?.name !== undefined ? ["metadata", "name"] : ["kind"]);
}

/** The document that set the label: the team, else its business unit, else its environment. */
function labelOrigin(team: ResolvedTeam, key: string, tree: RepositoryTree, locate: (doc: ParsedDocument, path: string[]) => Location): Location | undefined {
  const env = tree.environments.find((e) => e.name === team.env);
  const bu = env?.businessUnits.find((b) => b.name === team.bu);
  for (const node of [team.node.node, bu?.node, env?.node]) {
    const labels = (node?.value.spec as { labels?: Record<string, unknown> } | undefined)?.labels;
    if (node && labels && key in labels) return locate(node.source, ["spec", "labels", key]);
  }
  return undefined;
}
