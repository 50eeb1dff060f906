// Semantic checks over the resolved model. Each is pure and returns diagnostics.
import type { Diagnostic } from "../diagnostics/index.js";
import type { ResolvedRepository } from "../resolve/index.js";
import { checkTasks } from "./dag.js";
import { checkPipelineNames, checkRepositoryNames } from "./names.js";
import { checkValues } from "./values.js";

const pipelineChecks = [checkTasks, checkValues, checkPipelineNames];

export function checkRepository(repo: ResolvedRepository): Diagnostic[] {
  const out: Diagnostic[] = checkRepositoryNames(repo);
  for (const p of repo.pipelines) for (const check of pipelineChecks) out.push(...check(p));
  return out;
}
