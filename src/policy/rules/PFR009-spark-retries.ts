// PFR009: Spark tasks are retried.
import { argoTemplates, valueAt } from "../facets/workloads.js";
import { defineRule, type Violation } from "../types.js";

type Params = { readonly minLimit: number };

const SPARK_MANIFEST = /^kind:\s*["']?SparkApplication["']?\s*$/m;

export const PFR009 = defineRule<Params>({
  code: "PFR009",
  name: "spark-retries",
  severity: "error",
  summary: "Spark task without retries",
  help: "Give Spark tasks retries.limit of at least the policy's minLimit, on the task, the pipeline or spec.defaults.retries (plain workflows: the resource template's retryStrategy.limit).",
  why: "Spark applications fail transiently (lost executors, spot nodes, submission races with the operator); one retry turns most of those nights into a late success instead of a page.",
  examples: {
    pass: "tasks:\n  - name: extract\n    retries: {limit: 2, backoff: 1m}\n    spark: {...}",
    fail: "tasks:\n  - name: extract\n    spark: {...}   # no retries here nor in any defaults",
  },
  parameters: { type: "object", additionalProperties: false, properties: { minLimit: { type: "integer", minimum: 1, description: "Fewest retries a Spark task must have." } } },
  defaults: { minLimit: 1 },
  check(subject, params) {
    const out: Violation[] = [];
    const judge = (label: string, limit: unknown, at: () => ReturnType<typeof subject.origin>) => {
      const n = typeof limit === "number" ? limit : typeof limit === "string" && /^\d+$/.test(limit) ? Number(limit) : undefined;
      if (n !== undefined && n >= params.minLimit) return;
      out.push({ message: `${label}: a Spark task with ${n === undefined ? "no retries" : `retries.limit ${n}`}; at least ${params.minLimit} required`, location: at() });
    };
    const src = subject.source;
    if (src.type === "pipeline") {
      src.pipeline.spec.tasks.forEach((t, i) => {
        if (t.spark) judge(`${subject.label}, task ${t.name}`, t.retries?.limit, () => subject.origin(["spec", "tasks", i, "retries", "limit"]));
      });
    } else if (src.type === "manifest" && src.plain) {
      for (const t of argoTemplates(subject.kind, subject.value)) {
        const manifest = valueAt(t.value, ["resource", "manifest"]);
        if (typeof manifest === "string" && SPARK_MANIFEST.test(manifest)) judge(`${subject.label}, template ${t.name}`, valueAt(t.value, ["retryStrategy", "limit"]), () => subject.origin([...t.path, "retryStrategy", "limit"]));
      }
    }
    return out;
  },
});
