// Every Spark application of a subject in one shape: the Spark tasks of a
// Pipeline spec (after inheritance) and plain SparkApplication manifests.
// Field names are the SparkApplication's, which the spec mirrors.
import type { Location } from "../../diagnostics/index.js";
import { parseJvmMemory, parseQuantity } from "../../units/index.js";
import type { JsonPath } from "../../parse/index.js";
import type { Subject } from "../types.js";
import { isObj, type Obj } from "./workloads.js";

export interface SparkFacet {
  readonly label: string;
  readonly type?: string;
  readonly image: unknown;
  readonly driver: Obj;
  readonly executor: Obj;
  /** Location of a field relative to the application spec: `["executor", "instances"]`. */
  at(rel: JsonPath): Location;
}

export function sparkAppsOf(subject: Subject): SparkFacet[] {
  const src = subject.source;
  if (src.type === "pipeline") {
    const p = src.pipeline;
    const out: SparkFacet[] = [];
    p.spec.tasks.forEach((task, i) => {
      const s = task.spark;
      if (!s) return;
      const at = (rel: JsonPath) => subject.origin(["spec", "tasks", i, "spark", ...rel]);
      out.push({ label: `${subject.label}, task ${task.name}`, type: s.type, image: s.image, driver: { ...s.driver }, executor: { ...s.executor }, at });
    });
    return out;
  }
  if (src.type !== "manifest" || !src.plain || subject.kind !== "SparkApplication") return [];
  const spec = isObj(subject.value) && isObj(subject.value.spec) ? subject.value.spec : {};
  return [
    {
      label: subject.label,
      type: typeof spec.type === "string" ? spec.type : undefined,
      image: spec.image,
      driver: isObj(spec.driver) ? spec.driver : {},
      executor: isObj(spec.executor) ? spec.executor : {},
      at: (rel) => subject.origin(["spec", ...rel]),
    },
  ];
}

const MIB = 1024 * 1024;

/** Bytes of a JVM memory size, or undefined when absent or invalid (SEM012 reports those). */
export function jvmBytes(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const r = parseJvmMemory(v);
  return r.ok ? r.bytes : undefined;
}

/**
 * Memory of one Spark pod as Kubernetes sees it: heap plus overhead. Without
 * an explicit memoryOverhead, Spark on Kubernetes adds max(384 MiB, factor ×
 * heap), with factor 0.1 for JVM jobs and 0.4 for Python and R.
 */
export function podMemoryBytes(pod: Obj, type: string | undefined): number | undefined {
  const heap = jvmBytes(pod.memory);
  if (heap === undefined) return undefined;
  const explicit = jvmBytes(pod.memoryOverhead);
  const factor = type === "Python" || type === "R" ? 0.4 : 0.1;
  return heap + (explicit ?? Math.max(384 * MIB, Math.ceil(heap * factor)));
}

/** CPU of one Spark pod: its coreLimit when set, else its cores. */
export function podCpu(pod: Obj): number | undefined {
  if (pod.coreLimit !== undefined) {
    const r = parseQuantity(pod.coreLimit as string | number);
    if (r.ok) return r.value;
  }
  return typeof pod.cores === "number" ? pod.cores : undefined;
}
