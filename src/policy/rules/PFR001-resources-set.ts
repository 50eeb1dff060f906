// PFR001: every container states its CPU and memory requests and limits.
import { containersOf } from "../facets/containers.js";
import { isObj, valueAt } from "../facets/workloads.js";
import { defineRule, type Violation } from "../types.js";

type Params = { readonly resources: readonly string[]; readonly requests: boolean; readonly limits: boolean };

export const PFR001 = defineRule<Params>({
  code: "PFR001",
  name: "resources-set",
  severity: "error",
  summary: "Container without resource requests or limits",
  help: "Set resources.requests and resources.limits (cpu and memory) on the task, the pipeline, or as spec.defaults.resources of the environment, business unit or team.",
  why: "Without requests the scheduler packs pods blindly and the namespace quota cannot admit them; without limits one runaway task starves every other pipeline on the node.",
  examples: {
    pass: "tasks:\n  - name: load\n    container:\n      image: postgres:16.4-alpine\n      resources:\n        requests: {cpu: 250m, memory: 256Mi}\n        limits: {cpu: \"1\", memory: 1Gi}",
    fail: "tasks:\n  - name: load\n    container:\n      image: postgres:16.4-alpine   # no resources here nor in any defaults",
  },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: {
      resources: { type: "array", items: { type: "string", minLength: 1 }, description: "Resource names that must be set." },
      requests: { type: "boolean", description: "Require requests." },
      limits: { type: "boolean", description: "Require limits." },
    },
  },
  defaults: { resources: ["cpu", "memory"], requests: true, limits: true },
  check(subject, params) {
    const out: Violation[] = [];
    const sides = [...(params.requests ? ["requests"] : []), ...(params.limits ? ["limits"] : [])];
    for (const c of containersOf(subject)) {
      const missing: { side: string; name: string }[] = [];
      for (const side of sides) {
        const list = valueAt(c.resources, [side]);
        for (const name of params.resources) if (!isObj(list) || list[name] === undefined || list[name] === null || list[name] === "") missing.push({ side, name });
      }
      const first = missing[0];
      if (!first) continue;
      out.push({ message: `${c.label} has no ${missing.map((m) => `${m.side}.${m.name}`).join(", ")}`, location: c.at(["resources", first.side]) });
    }
    return out;
  },
});
