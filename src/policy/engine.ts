// The policy stage: every matched object of the run checked against every
// rule of every policy. Pure: the compiled tree, resolved model and manifests
// in, diagnostics out. Findings an exception covers are reported suppressed,
// never dropped.
import { diag, type Diagnostic, type Severity } from "../diagnostics/index.js";
import type { Manifest } from "../emit/index.js";
import type { RepositoryTree } from "../model/index.js";
import { locate } from "../parse/index.js";
import type { ResolvedRepository } from "../resolve/index.js";
import { checkCustom } from "./assertion.js";
import { unmatchedScopes } from "./coverage.js";
import { KNOWN_KINDS } from "./known-kinds.js";
import { loadPolicies } from "./load.js";
import type { Policy, PolicyRule } from "./model.js";
import { collectSubjects, type SubjectFilter } from "./subjects.js";
import type { RuleContext, Subject, Violation } from "./types.js";

export interface PolicyInput extends SubjectFilter {
  readonly tree: RepositoryTree;
  readonly resolved: ResolvedRepository;
  readonly manifests: readonly Manifest[];
  /** "Today" for exception expiry (its UTC date); tests pass a fixed one. */
  readonly now?: Date;
}

export function checkPolicies(input: PolicyInput): Diagnostic[] {
  if (input.tree.policies.length === 0) return [];
  const subjects = collectSubjects(input.resolved, input.manifests, input);
  // Kinds of the whole tree, not just this run's scope: a scoped run must not warn where a full one does not.
  const plainKinds = input.tree.environments.flatMap((e) => e.businessUnits.flatMap((b) => b.teams.flatMap((t) => t.manifests.map((m) => String(m.value.kind)))));
  const knownKinds = new Set([...KNOWN_KINDS, ...plainKinds, ...subjects.map((s) => s.kind)]);
  const today = (input.now ?? new Date()).toISOString().slice(0, 10);
  const { policies, diagnostics } = loadPolicies(input.tree.policies, { today, knownKinds });
  diagnostics.push(...policies.flatMap((p) => unmatchedScopes(p, input.tree)));
  const context: RuleContext = { tree: input.tree, resolved: input.resolved, manifests: input.manifests, locate };
  const scoped = Boolean(input.envs?.length || input.teamFilter);
  for (const policy of policies) {
    const matched = subjects.filter((s) => policy.matches(s.scope));
    for (const rule of policy.rules) {
      const severity = rule.severity;
      if (severity === "off") continue;
      for (const subject of matched) {
        for (const v of violations(rule, subject, context)) diagnostics.push(finding(policy, rule, severity, v, subject));
      }
    }
    for (const ex of policy.exceptions) {
      // In a scoped run (one environment, one team) only the exceptions that concern it are its business.
      if (!ex.expired || (scoped && !matched.some((s) => ex.matches(s.scope.target)))) continue;
      diagnostics.push(diag("POL002", { message: `exception for ${ex.target} from ${ex.code} expired on ${ex.expires}`, location: ex.expiresAt, hint: `Reason given: ${ex.reason}` }));
    }
  }
  return diagnostics;
}

function violations(rule: PolicyRule, subject: Subject, context: RuleContext): Violation[] {
  return rule.type === "builtin" ? rule.rule.check(subject, rule.params, context) : checkCustom(rule, subject);
}

function finding(policy: Policy, rule: PolicyRule, severity: Severity, v: Violation, subject: Subject): Diagnostic {
  const name = rule.type === "builtin" ? `${rule.code} (${rule.rule.name})` : rule.id;
  const d = diag(rule.code, {
    message: v.message,
    location: v.location,
    hint: v.hint ?? (rule.type === "custom" ? rule.description : undefined),
    severity,
    related: [{ message: `rule ${name} of policy ${policy.name} (${policy.file})`, location: rule.at }],
  });
  const ex = policy.exceptions.find((e) => !e.expired && e.code === rule.code && e.matches(subject.scope.target));
  return ex ? { ...d, suppressed: { reason: `${ex.reason} (exception until ${ex.expires}, ${policy.file})`, location: ex.at } } : d;
}
