// `pipeforge new pipeline ENV/BU/TEAM/NAME`: the reference, checked, and the
// spec file it becomes. Pure; the command checks the disk and compiles the
// repository with the new file before writing it.
import { checkDnsLabel } from "../units/index.js";
import { pipelinePath, pipelineSpec, type PipelineScaffold } from "./specs.js";

export type PipelineRef = { readonly ok: true; readonly env: string; readonly bu: string; readonly team: string; readonly name: string } | { readonly ok: false; readonly reason: string };

export function parsePipelineRef(ref: string): PipelineRef {
  const parts = ref.split("/");
  if (parts.length !== 4) return { ok: false, reason: `expected ENV/BU/TEAM/NAME (four parts), got ${JSON.stringify(ref)}` };
  const labels = ["environment", "business unit", "team", "pipeline name"];
  const problems = parts.flatMap((p, i) => {
    const r = checkDnsLabel(p);
    return r.ok ? [] : [`${labels[i]} ${JSON.stringify(p)} ${r.reason}`];
  });
  if (problems.length > 0) return { ok: false, reason: problems.join("; ") };
  const [env = "", bu = "", team = "", name = ""] = parts;
  return { ok: true, env, bu, team, name };
}

export function planPipeline(p: PipelineScaffold): { readonly path: string; readonly text: string } {
  return { path: pipelinePath(p), text: pipelineSpec(p) };
}
