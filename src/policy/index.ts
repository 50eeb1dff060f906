// Public API of the policy engine: named re-exports only.
export { checkPolicies, type PolicyInput } from "./engine.js";
export { describeRule } from "./explain.js";
export { loadPolicies, type LoadOptions } from "./load.js";
export type { CustomRule, Policy, PolicyException, PolicyRule } from "./model.js";
export { parsePath, selectPath } from "./path.js";
export { readPolicyDocuments } from "./read.js";
export { builtinRule, builtinRules } from "./rules/index.js";
export { policySchema } from "./schema.js";
export type { BuiltinRule, RuleContext, Subject, SubjectScope, Violation } from "./types.js";
