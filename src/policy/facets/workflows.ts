// Workflow-level settings in one shape: a Pipeline spec's ttl / podGC /
// timeout / schedule, or the same fields of a plain Argo workflow object.
import type { Location } from "../../diagnostics/index.js";
import type { JsonPath } from "../../parse/index.js";
import type { Subject } from "../types.js";
import { isObj, runsOnItsOwn, valueAt, workflowSpecPath } from "./workloads.js";

export type LifecycleField = "ttl" | "podGC" | "deadline";

export interface WorkflowFacet {
  readonly label: string;
  /** Whether each field is set (a TTL with at least one duration, a pod GC strategy, a deadline). */
  readonly set: Readonly<Record<LifecycleField, boolean>>;
  /** Where the field is set, or where it should be (the nearest enclosing value). */
  at(field: LifecycleField): Location;
}

export interface ScheduleFacet {
  readonly label: string;
  readonly schedules: readonly { readonly expr: string; readonly at: Location }[];
  /** "" means UTC. */
  readonly timezone: string;
  readonly concurrency?: string;
  readonly concurrencyAt: Location;
}

const SPEC_FIELDS: Record<LifecycleField, JsonPath> = { ttl: ["ttl"], podGC: ["podGC"], deadline: ["timeout"] };
const ARGO_FIELDS: Record<LifecycleField, JsonPath> = { ttl: ["ttlStrategy"], podGC: ["podGC"], deadline: ["activeDeadlineSeconds"] };

export function workflowsOf(subject: Subject): WorkflowFacet[] {
  const src = subject.source;
  if (src.type === "pipeline") {
    const { spec } = src.pipeline;
    const ttl = spec.ttl ?? {};
    const set = { ttl: Boolean(ttl.afterSuccess ?? ttl.afterFailure ?? ttl.afterCompletion), podGC: Boolean(spec.podGC?.strategy), deadline: Boolean(spec.timeout) };
    return [{ label: subject.label, set, at: (f) => subject.origin(["spec", ...SPEC_FIELDS[f]]) }];
  }
  if (src.type !== "manifest" || !src.plain || !runsOnItsOwn(subject.kind, subject.value)) return [];
  const base = workflowSpecPath(subject.kind) ?? ["spec"];
  const get = (f: LifecycleField) => valueAt(subject.value, [...base, ...ARGO_FIELDS[f]]);
  const ttl = get("ttl");
  const set = {
    ttl: isObj(ttl) && Object.values(ttl).some((v) => v !== undefined && v !== null),
    podGC: isObj(get("podGC")) && Boolean(valueAt(get("podGC"), ["strategy"])),
    deadline: get("deadline") !== undefined && get("deadline") !== null,
  };
  return [{ label: subject.label, set, at: (f) => subject.origin([...base, ...ARGO_FIELDS[f]]) }];
}

export function schedulesOf(subject: Subject): ScheduleFacet[] {
  const src = subject.source;
  if (src.type === "pipeline") {
    const { spec } = src.pipeline;
    if (spec.schedule === undefined) return [];
    const at = (field: string) => subject.origin(["spec", field]);
    return [{ label: subject.label, schedules: [{ expr: spec.schedule, at: at("schedule") }], timezone: spec.timezone ?? "", concurrency: spec.concurrency, concurrencyAt: at("concurrency") }];
  }
  if (src.type !== "manifest" || !src.plain || subject.kind !== "CronWorkflow") return [];
  const spec = valueAt(subject.value, ["spec"]);
  if (!isObj(spec)) return [];
  const schedules: { expr: string; at: Location }[] = [];
  if (typeof spec.schedule === "string") schedules.push({ expr: spec.schedule, at: subject.origin(["spec", "schedule"]) });
  if (Array.isArray(spec.schedules)) {
    spec.schedules.forEach((s, i) => {
      if (typeof s === "string") schedules.push({ expr: s, at: subject.origin(["spec", "schedules", i]) });
    });
  }
  const concurrency = typeof spec.concurrencyPolicy === "string" ? spec.concurrencyPolicy : undefined;
  return [{ label: subject.label, schedules, timezone: typeof spec.timezone === "string" ? spec.timezone : "", concurrency, concurrencyAt: subject.origin(["spec", "concurrencyPolicy"]) }];
}
