// A policy whose match selects nothing in the repository is a silent no-op
// (`environments: [prod]` where the folder is prd): say so.
import { diag, type Diagnostic } from "../diagnostics/index.js";
import type { RepositoryTree } from "../model/index.js";
import { locate } from "../parse/index.js";
import { WORKFLOW_KINDS } from "./facets/workloads.js";
import { globList } from "./glob.js";
import type { MatchDimension, Policy } from "./model.js";

const WHAT: Record<MatchDimension, string> = { environments: "environment", businessUnits: "business unit", teams: "team", pipelines: "pipeline" };

export function unmatchedScopes(policy: Policy, tree: RepositoryTree): Diagnostic[] {
  const names = namesOf(tree);
  const out: Diagnostic[] = [];
  for (const dim of Object.keys(WHAT) as MatchDimension[]) {
    const patterns = policy.match[dim];
    if (!patterns) continue;
    const m = globList(patterns);
    if ([...names[dim]].some((n) => m(n))) continue;
    out.push(diag("POL007", { message: `policy ${policy.name}: match.${dim} ${JSON.stringify(patterns)} selects no ${WHAT[dim]} of this repository`, location: locate(policy.doc, ["spec", "match", dim]) }));
  }
  return out;
}

function namesOf(tree: RepositoryTree): Record<MatchDimension, Set<string>> {
  const out: Record<MatchDimension, Set<string>> = { environments: new Set(), businessUnits: new Set(), teams: new Set(), pipelines: new Set() };
  for (const env of tree.environments) {
    out.environments.add(env.name);
    for (const bu of env.businessUnits) {
      out.businessUnits.add(bu.name);
      for (const team of bu.teams) {
        out.teams.add(team.name);
        for (const p of team.pipelines) out.pipelines.add(p.name);
        for (const m of team.manifests) {
          const name = (m.value.metadata as { name?: unknown } | undefined)?.name;
          if (WORKFLOW_KINDS.has(String(m.value.kind)) && typeof name === "string") out.pipelines.add(name);
        }
      }
    }
  }
  return out;
}
