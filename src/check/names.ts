// Names become Kubernetes object names, label values and parts of the names
// Argo and the Spark operator derive; each must fit after their suffixes.
import { diag, type Diagnostic, type Location } from "../diagnostics/index.js";
import type { ResolvedPipeline, ResolvedRepository } from "../resolve/index.js";
import {
  checkDnsLabel,
  checkTaskName,
  CRON_WORKFLOW_NAME_MAX_LENGTH,
  sparkAppNameBudget,
  workflowRunNameLength,
  WORKFLOW_TEMPLATE_NAME_MAX_LENGTH,
} from "../units/index.js";

export function checkPipelineNames(p: ResolvedPipeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  const name = checkDnsLabel(p.name);
  if (!name.ok) {
    out.push(diag("SEM013", { message: `pipeline name "${p.name}" ${name.reason}`, location: p.location }));
    return out;
  }
  const scheduled = p.spec.schedule !== undefined;
  const max = scheduled ? CRON_WORKFLOW_NAME_MAX_LENGTH : WORKFLOW_TEMPLATE_NAME_MAX_LENGTH;
  if (p.name.length > max) {
    out.push(
      diag("SEM014", {
        message: `pipeline name "${p.name}" is ${p.name.length} characters; a ${scheduled ? "CronWorkflow" : "WorkflowTemplate"} name may have at most ${max}`,
        location: p.location,
        hint: scheduled ? "Argo appends -<unix time> to each run's name, so CronWorkflow names stop at 52." : undefined,
      }),
    );
  }
  const runNameLength = workflowRunNameLength(scheduled ? { kind: "cron", cronWorkflowName: p.name } : { kind: "generateName", prefix: `${p.name}-` });
  p.spec.tasks.forEach((t, i) => {
    const loc = p.origin(["tasks", i, "name"]);
    const r = checkTaskName(t.name);
    if (!r.ok) {
      out.push(diag("SEM013", { message: `task name "${t.name}" ${r.reason}`, location: loc }));
      return;
    }
    if (t.spark) {
      if (!/^[a-z]/.test(p.name)) out.push(diag("SEM013", { message: `pipeline name "${p.name}" must start with a letter: SparkApplication names are RFC 1035 labels`, location: p.location }));
      const budget = sparkAppNameBudget(runNameLength, t.name);
      if (!budget.ok) out.push(diag("SEM014", { message: budget.reason, location: loc, hint: `The SparkApplication is named {{workflow.name}}-${t.name}; shorten the task or pipeline name by ${budget.over}.` }));
    }
  });
  return out;
}

export function checkRepositoryNames(repo: ResolvedRepository): Diagnostic[] {
  const out: Diagnostic[] = [];
  const namespaces = new Map<string, { team: string; origin: Location }>();
  for (const env of repo.environments) {
    for (const team of env.teams) {
      const r = checkDnsLabel(team.namespace);
      if (!r.ok) out.push(diag("SEM013", { message: `namespace "${team.namespace}" of team ${team.id} ${r.reason}`, location: team.namespaceOrigin }));
      const prev = namespaces.get(team.namespace);
      if (prev) out.push(diag("SEM017", { message: `teams ${prev.team} and ${team.id} both use namespace ${team.namespace}`, location: team.namespaceOrigin }));
      else namespaces.set(team.namespace, { team: team.id, origin: team.namespaceOrigin });
      const seen = new Map<string, ResolvedPipeline>();
      for (const p of team.pipelines) {
        const prevP = seen.get(p.name);
        if (prevP) out.push(diag("SEM001", { message: `pipeline ${p.name} is defined twice in team ${team.id} (also in ${prevP.node.node.source.file})`, location: p.location }));
        else seen.set(p.name, p);
      }
    }
    const promotion = env.spec.promotion?.after;
    if (promotion !== undefined && !repo.environments.some((e) => e.name === promotion)) {
      out.push(diag("SEM020", { message: `promotion.after names environment ${promotion}, which does not exist`, location: env.promotionLocation ?? env.location }));
    }
  }
  out.push(...promotionCycles(repo));
  return out;
}

function promotionCycles(repo: ResolvedRepository): Diagnostic[] {
  const after = new Map(repo.environments.map((e) => [e.name, e.spec.promotion?.after]));
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  for (const env of repo.environments) {
    const path = [env.name];
    let next = after.get(env.name);
    while (next !== undefined && after.has(next) && !path.includes(next)) {
      path.push(next);
      next = after.get(next);
    }
    if (next !== undefined && path.includes(next)) {
      const cycle = path.slice(path.indexOf(next));
      const key = [...cycle].sort().join(",");
      if (reported.has(key)) continue;
      reported.add(key);
      const at = repo.environments.find((e) => e.name === cycle[0]);
      out.push(diag("SEM024", { message: `environment promotion order loops: ${[...cycle, next].join(" after ")}`, location: at?.promotionLocation ?? at?.location }));
    }
  }
  return out;
}
