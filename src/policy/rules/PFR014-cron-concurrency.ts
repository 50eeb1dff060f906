// PFR014: scheduled pipelines do not overlap their own runs.
import { schedulesOf } from "../facets/workflows.js";
import { defineRule, type Violation } from "../types.js";

type Params = { readonly allowed: readonly string[] };

export const PFR014 = defineRule<Params>({
  code: "PFR014",
  name: "cron-concurrency",
  severity: "error",
  summary: "Scheduled pipeline may overlap its previous run",
  help: "Set concurrency: Forbid on scheduled pipelines (or in spec.defaults.concurrency); plain CronWorkflows set spec.concurrencyPolicy. Unset means Allow.",
  why: "When a nightly run is slow, Allow starts the next one beside it: two loads write the same partition and the second reads half-written data.",
  examples: { pass: "spec:\n  schedule: \"0 3 * * *\"\n  concurrency: Forbid", fail: "spec:\n  schedule: \"0 3 * * *\"   # concurrency unset: Allow" },
  parameters: {
    type: "object",
    additionalProperties: false,
    properties: { allowed: { type: "array", minItems: 1, items: { type: "string", enum: ["Allow", "Forbid", "Replace"] }, description: "Accepted concurrency policies." } },
  },
  defaults: { allowed: ["Forbid"] },
  check(subject, params) {
    const out: Violation[] = [];
    for (const s of schedulesOf(subject)) {
      const policy = s.concurrency ?? "Allow";
      if (params.allowed.includes(policy)) continue;
      out.push({ message: `${s.label} is scheduled with concurrency ${policy}${s.concurrency === undefined ? " (unset)" : ""}; allowed: ${params.allowed.join(", ")}`, location: s.concurrencyAt });
    }
    return out;
  },
});
