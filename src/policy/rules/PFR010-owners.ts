// PFR010: every team names reachable owners.
import { defineRule, type Violation } from "../types.js";
import { regexProblems } from "./regex.js";

type Params = { readonly minOwners: number; readonly pattern: string };

export const PFR010 = defineRule<Params>({
  code: "PFR010",
  name: "owners",
  severity: "error",
  summary: "Team without enough reachable owners",
  help: "List at least minOwners owners in the team's spec.owners, each matching the policy's pattern (by default an e-mail address).",
  why: "Owners are who gets paged and who approves exceptions; a team with no reachable owner has production pipelines nobody answers for.",
  examples: { pass: "spec:\n  owners: [data-eng@example.com]", fail: "spec:\n  owners: [bob]   # not an e-mail address" },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: {
      minOwners: { type: "integer", minimum: 1, description: "Fewest owners a team lists." },
      pattern: { type: "string", minLength: 1, description: "Regular expression every owner matches." },
    },
  },
  defaults: { minOwners: 1, pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" },
  checkParameters: (params) => regexProblems({ pattern: params.pattern }),
  check(subject, params) {
    if (subject.source.type !== "team") return [];
    const team = subject.source.team;
    const owners = team.spec.owners ?? [];
    const out: Violation[] = [];
    const re = new RegExp(params.pattern);
    owners.forEach((o, i) => {
      if (!re.test(o)) out.push({ message: `team ${team.id}: owner ${JSON.stringify(o)} does not match ${params.pattern}`, location: subject.origin(["spec", "owners", i]) });
    });
    if (owners.length < params.minOwners) {
      out.push({ message: `team ${team.id} lists ${owners.length} owner${owners.length === 1 ? "" : "s"}; at least ${params.minOwners} required`, location: subject.origin(["spec", "owners"]) });
    }
    return out;
  },
});
