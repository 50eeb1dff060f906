// Where workloads sit inside plain Kubernetes objects: the Argo workflow kinds
// keep templates under spec (or spec.workflowSpec), the pod-owning kinds a pod
// spec at a fixed path. Rules read through these so one rule covers Pipeline
// specs and hand-written manifests alike.
import type { JsonPath } from "../../parse/index.js";

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at `path`, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isObj(v)) v = v[String(seg)];
    else return undefined;
  }
  return v;
}

export const WORKFLOW_KINDS: ReadonlySet<string> = new Set(["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"]);

const POD_SPEC: Readonly<Record<string, JsonPath>> = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};

/** Path of the WorkflowSpec inside an Argo workflow object. */
export function workflowSpecPath(kind: string): JsonPath | undefined {
  if (!WORKFLOW_KINDS.has(kind)) return undefined;
  return kind === "CronWorkflow" ? ["spec", "workflowSpec"] : ["spec"];
}

export function podSpecPath(kind: string): JsonPath | undefined {
  return POD_SPEC[kind];
}

export interface ArgoTemplate {
  readonly name: string;
  readonly path: JsonPath;
  readonly value: Obj;
}

/** The templates of an Argo workflow object, with their paths. */
export function argoTemplates(kind: string, value: unknown): ArgoTemplate[] {
  const base = workflowSpecPath(kind);
  if (!base) return [];
  const list = valueAt(value, [...base, "templates"]);
  if (!Array.isArray(list)) return [];
  const out: ArgoTemplate[] = [];
  list.forEach((t, i) => {
    if (isObj(t)) out.push({ name: typeof t.name === "string" ? t.name : `#${i}`, path: [...base, "templates", i], value: t });
  });
  return out;
}

/** A WorkflowTemplate without an entrypoint is a library of templates called through templateRef, never run on its own. */
export function runsOnItsOwn(kind: string, value: unknown): boolean {
  if (kind !== "WorkflowTemplate" && kind !== "ClusterWorkflowTemplate") return WORKFLOW_KINDS.has(kind);
  return typeof valueAt(value, ["spec", "entrypoint"]) === "string";
}
