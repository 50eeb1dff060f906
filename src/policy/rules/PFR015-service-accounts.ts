// PFR015: workloads run only as the service accounts pipeforge creates.
import type { Manifest } from "../../emit/index.js";
import type { JsonPath } from "../../parse/index.js";
import { argoTemplates, podSpecPath, valueAt, workflowSpecPath } from "../facets/workloads.js";
import { defineRule, type Subject, type Violation } from "../types.js";

type Params = { readonly allowed: readonly string[] };

export const PFR015 = defineRule<Params>({
  code: "PFR015",
  name: "service-accounts",
  severity: "error",
  summary: "Workload runs as a service account pipeforge does not create",
  help: "Drop serviceAccountName (and Spark serviceAccount) from plain manifests so they use pipeforge's least-privilege accounts (pipeforge-workflow, pipeforge-spark, pipeforge-sensor), or list the account in the rule's allowed parameter.",
  why: "pipeforge gives each of its service accounts exactly the RBAC it needs; a workload naming another account runs with permissions nobody reviewed here.",
  examples: {
    pass: "# plain Workflow in a team folder\nspec:\n  serviceAccountName: pipeforge-workflow",
    fail: "# plain Workflow in a team folder\nspec:\n  serviceAccountName: cluster-admin-sa",
  },
  parameters: { type: "object", additionalProperties: false, properties: { allowed: { type: "array", items: { type: "string", minLength: 1 }, description: "Further service-account names that are accepted." } } },
  defaults: { allowed: [] },
  check(subject, params, context) {
    if (subject.source.type !== "manifest") return [];
    const namespace = subject.source.manifest.namespace;
    const created = createdAccounts(context.manifests);
    const ok = (name: string) => params.allowed.includes(name) || created.has(`${namespace ?? ""}/${name}`);
    const out: Violation[] = [];
    for (const path of accountPaths(subject)) {
      const name = valueAt(subject.value, path);
      if (typeof name !== "string" || ok(name)) continue;
      out.push({ message: `${subject.label} runs as service account ${name}, which pipeforge does not create in ${namespace ?? "its namespace"}`, location: subject.origin(path) });
    }
    return out;
  },
});

const cache = new WeakMap<readonly Manifest[], Set<string>>();

/** `<namespace>/<name>` of every ServiceAccount pipeforge rendered itself. */
function createdAccounts(manifests: readonly Manifest[]): Set<string> {
  let set = cache.get(manifests);
  if (!set) {
    set = new Set(manifests.filter((m) => m.kind === "ServiceAccount" && !m.plain).map((m) => `${m.namespace ?? ""}/${m.name}`));
    cache.set(manifests, set);
  }
  return set;
}

function accountPaths(subject: Subject): JsonPath[] {
  const { kind, value } = subject;
  const base = workflowSpecPath(kind);
  if (base) {
    return [
      [...base, "serviceAccountName"],
      [...base, "executor", "serviceAccountName"],
      ...argoTemplates(kind, value).flatMap((t) => [[...t.path, "serviceAccountName"], [...t.path, "executor", "serviceAccountName"]]),
    ];
  }
  if (kind === "Sensor" || kind === "EventSource") return [["spec", "template", "serviceAccountName"]];
  if (kind === "SparkApplication") return [["spec", "driver", "serviceAccount"], ["spec", "executor", "serviceAccount"]];
  const pod = podSpecPath(kind);
  return pod ? [[...pod, "serviceAccountName"], [...pod, "serviceAccount"]] : [];
}
