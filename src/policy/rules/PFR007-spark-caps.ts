// PFR007: Spark executor count, cores and memory stay within the caps.
import { parseJvmMemory } from "../../units/index.js";
import { jvmBytes, sparkAppsOf } from "../facets/spark.js";
import { defineRule, type Violation } from "../types.js";

type Params = {
  readonly maxExecutors: number;
  readonly maxExecutorCores: number;
  readonly maxExecutorMemory: string;
  readonly maxDriverCores: number;
  readonly maxDriverMemory: string;
};

const count = (description: string) => ({ type: "integer", minimum: 1, description });
const memory = (description: string) => ({ type: "string", minLength: 1, description });

export const PFR007 = defineRule<Params>({
  code: "PFR007",
  name: "spark-caps",
  severity: "error",
  summary: "Spark application over the size caps",
  help: "Keep executor.instances, executor/driver cores and memory (JVM notation) at or under the policy's caps; ask the platform team for an exception when a job really needs more.",
  why: "One oversized Spark job can take a whole node pool; caps keep a typo (instances: 200) from becoming an outage and a bill.",
  examples: {
    pass: "# parameters: {maxExecutors: 10, maxExecutorMemory: 8g}\nspark:\n  executor: {instances: 4, cores: 2, memory: 4g}",
    fail: "# parameters: {maxExecutors: 10, maxExecutorMemory: 8g}\nspark:\n  executor: {instances: 40, cores: 2, memory: 32g}",
  },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: {
      maxExecutors: count("Most executor instances."),
      maxExecutorCores: count("Most cores per executor."),
      maxExecutorMemory: memory("Most heap per executor, JVM notation."),
      maxDriverCores: count("Most driver cores."),
      maxDriverMemory: memory("Most driver heap, JVM notation."),
    },
  },
  defaults: { maxExecutors: 10, maxExecutorCores: 4, maxExecutorMemory: "8g", maxDriverCores: 4, maxDriverMemory: "8g" },
  checkParameters(params) {
    return (["maxExecutorMemory", "maxDriverMemory"] as const).flatMap((k) => {
      const r = parseJvmMemory(params[k]);
      return r.ok ? [] : [{ parameter: k, problem: r.reason }];
    });
  },
  check(subject, params) {
    const out: Violation[] = [];
    for (const app of sparkAppsOf(subject)) {
      const over = (role: "driver" | "executor", field: string, actual: unknown, cap: number | string, size: number | undefined, capSize: number) => {
        if (size === undefined || size <= capSize) return;
        out.push({ message: `${app.label}: ${role}.${field} ${String(actual)} is over the cap of ${cap}`, location: app.at([role, field]) });
      };
      const num = (v: unknown) => (typeof v === "number" ? v : undefined);
      over("executor", "instances", app.executor.instances, params.maxExecutors, num(app.executor.instances), params.maxExecutors);
      over("executor", "cores", app.executor.cores, params.maxExecutorCores, num(app.executor.cores), params.maxExecutorCores);
      over("executor", "memory", app.executor.memory, params.maxExecutorMemory, jvmBytes(app.executor.memory), jvmBytes(params.maxExecutorMemory) ?? Infinity);
      over("driver", "cores", app.driver.cores, params.maxDriverCores, num(app.driver.cores), params.maxDriverCores);
      over("driver", "memory", app.driver.memory, params.maxDriverMemory, jvmBytes(app.driver.memory), jvmBytes(params.maxDriverMemory) ?? Infinity);
    }
    return out;
  },
});
