// RollingSync: the step of an Application is the first step whose
// matchExpressions all select its labels; Applications no step selects are
// never synced by the strategy. Argo CD supports the In and NotIn operators
// (https://argo-cd.readthedocs.io/en/stable/operator-manual/applicationset/Progressive-Syncs/).

export interface MatchExpression {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

export type RolloutPlan = { readonly kind: "none" } | { readonly kind: "steps"; readonly steps: readonly (readonly MatchExpression[])[] } | { readonly kind: "unsupported"; readonly message: string; readonly path: readonly (string | number)[] };

export function rolloutPlan(strategy: unknown): RolloutPlan {
  if (strategy === undefined || strategy === null) return { kind: "none" };
  const s = strategy as { type?: unknown; rollingSync?: { steps?: unknown } };
  if (s.type === undefined || s.type === "AllAtOnce") return { kind: "none" };
  if (s.type !== "RollingSync") return { kind: "unsupported", message: `strategy type ${String(s.type)} is not one pipeforge apps understands`, path: ["spec", "strategy", "type"] };
  const steps = Array.isArray(s.rollingSync?.steps) ? (s.rollingSync.steps as unknown[]) : [];
  const out: MatchExpression[][] = [];
  for (const [i, step] of steps.entries()) {
    const list = (step as { matchExpressions?: unknown }).matchExpressions;
    const exprs: MatchExpression[] = [];
    for (const [j, e] of (Array.isArray(list) ? list : []).entries()) {
      const { key, operator, values } = e as { key?: unknown; operator?: unknown; values?: unknown };
      if (operator !== "In" && operator !== "NotIn") {
        return { kind: "unsupported", message: `RollingSync operator ${String(operator)} is not supported by Argo CD (In or NotIn)`, path: ["spec", "strategy", "rollingSync", "steps", i, "matchExpressions", j, "operator"] };
      }
      exprs.push({ key: String(key), operator, values: Array.isArray(values) ? values.map(String) : [] });
    }
    out.push(exprs);
  }
  return { kind: "steps", steps: out };
}

/** 1-based step of an Application with these labels, or undefined when no step selects it. */
export function stepOf(plan: RolloutPlan, labels: Readonly<Record<string, string>>): number | undefined {
  if (plan.kind !== "steps") return undefined;
  const index = plan.steps.findIndex((exprs) =>
    exprs.every((e) => {
      const has = Object.hasOwn(labels, e.key);
      const inValues = has && e.values.includes(labels[e.key] ?? "");
      return e.operator === "In" ? inValues : !inValues;
    }),
  );
  return index < 0 ? undefined : index + 1;
}
