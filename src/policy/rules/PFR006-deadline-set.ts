// PFR006: every workflow has an active deadline.
import { defineRule } from "../types.js";
import { lifecycleViolations, NO_PARAMETERS } from "./lifecycle.js";

export const PFR006 = defineRule({
  code: "PFR006",
  name: "deadline-set",
  severity: "error",
  summary: "Workflow without an active deadline",
  help: "Set timeout (a duration such as 2h) on the pipeline or in spec.defaults.timeout (plain workflows: spec.activeDeadlineSeconds).",
  why: "A hung step without a deadline holds its resources and, with concurrency Forbid, blocks every later run of the pipeline.",
  examples: { pass: "spec:\n  timeout: 2h", fail: "spec:\n  tasks: [...]   # no timeout here nor in any defaults" },
  parameters: NO_PARAMETERS,
  defaults: {},
  check: (subject) => lifecycleViolations(subject, "deadline"),
});
