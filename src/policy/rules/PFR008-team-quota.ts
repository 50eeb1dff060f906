// PFR008: what a team's pipelines may use at once fits in the team's quota.
import type { ResolvedPipeline } from "../../resolve/index.js";
import { parseQuantity } from "../../units/index.js";
import { podCpu, podMemoryBytes } from "../facets/spark.js";
import { valueAt } from "../facets/workloads.js";
import { defineRule, type Violation } from "../types.js";
import { NO_PARAMETERS } from "./lifecycle.js";

export const PFR008 = defineRule({
  code: "PFR008",
  name: "team-quota",
  severity: "error",
  summary: "A team's pipelines can use more than its quota",
  help: "Every pipeline of the team running at once (each task at its limits, Spark driver plus executors with memory overhead, at most `parallelism` tasks per pipeline) must fit in spec.quota; raise the quota, lower limits or set parallelism.",
  why: "The ResourceQuota rejects pods beyond it: a team whose declared maxima exceed its quota has pipelines that fail at run time, on the busiest night, instead of at review time.",
  examples: {
    pass: "# team.yaml\nspec:\n  quota: {cpu: \"40\", memory: 160Gi}\n# pipelines: 3 tasks at limits.cpu 1 and memory 1Gi each",
    fail: "# team.yaml\nspec:\n  quota: {cpu: \"2\", memory: 2Gi}\n# pipelines: 3 tasks at limits.cpu 1 and memory 1Gi each",
  },
  parameters: NO_PARAMETERS,
  defaults: {},
  check(subject) {
    if (subject.source.type !== "team") return [];
    const team = subject.source.team;
    const quota = team.spec.quota;
    if (!quota) return [];
    const usage = team.pipelines.map((p) => ({ name: p.name, ...pipelineMaxima(p) }));
    const out: Violation[] = [];
    const compare = (resource: "cpu" | "memory", format: (n: number) => string) => {
      const declared = valueAt(quota, [resource]);
      if (declared === undefined) return;
      const cap = parseQuantity(declared as string | number);
      if (!cap.ok) return; // SEM011 reports it
      const total = usage.reduce((sum, u) => sum + u[resource], 0);
      if (total <= cap.value + 1e-9) return;
      const largest = [...usage].sort((a, b) => b[resource] - a[resource]).slice(0, 3).map((u) => `${u.name} ${format(u[resource])}`);
      out.push({
        message: `team ${team.id}: its pipelines can use ${format(total)} ${resource} at once, over the quota of ${String(declared)} (largest: ${largest.join(", ")})`,
        location: subject.origin(["spec", "quota", resource]),
        hint: "Raise spec.quota, lower the tasks' limits, or set parallelism on the largest pipelines.",
      });
    };
    compare("cpu", (n) => String(Math.round(n * 1000) / 1000));
    compare("memory", (n) => `${Math.round((n / 2 ** 30) * 100) / 100}Gi`);
    return out;
  },
});

/** CPU and memory (bytes) one run of the pipeline may use at its peak. */
export function pipelineMaxima(p: ResolvedPipeline): { cpu: number; memory: number } {
  const tasks = p.spec.tasks.map((t) => {
    if (t.spark) {
      const n = t.spark.executor?.instances ?? 1;
      const type = t.spark.type;
      const cpu = (podCpu({ ...t.spark.driver }) ?? 0) + n * (podCpu({ ...t.spark.executor }) ?? 0);
      const memory = (podMemoryBytes({ ...t.spark.driver }, type) ?? 0) + n * (podMemoryBytes({ ...t.spark.executor }, type) ?? 0);
      return { cpu, memory };
    }
    const r = (t.container ?? t.script)?.resources;
    const q = (v: unknown) => {
      if (v === undefined) return 0;
      const parsed = parseQuantity(v as string | number);
      return parsed.ok ? parsed.value : 0;
    };
    return { cpu: q(r?.limits?.cpu ?? r?.requests?.cpu), memory: q(r?.limits?.memory ?? r?.requests?.memory) };
  });
  const top = (values: number[]) => {
    const sorted = values.sort((a, b) => b - a);
    return (p.spec.parallelism ? sorted.slice(0, p.spec.parallelism) : sorted).reduce((s, v) => s + v, 0);
  };
  return { cpu: top(tasks.map((t) => t.cpu)), memory: top(tasks.map((t) => t.memory)) };
}
