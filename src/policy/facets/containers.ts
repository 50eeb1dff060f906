// Every container of a subject, in one shape: the container and script tasks
// of a Pipeline spec (positions from inheritance provenance, so a value set in
// environment defaults points there), and the containers of plain workflow and
// pod manifests.
import type { Location } from "../../diagnostics/index.js";
import type { JsonPath } from "../../parse/index.js";
import type { Subject } from "../types.js";
import { argoTemplates, isObj, podSpecPath, valueAt, type Obj } from "./workloads.js";

export interface EnvEntry {
  readonly name: string;
  /** The literal value; undefined when the variable comes from a secret or config map. */
  readonly value?: string;
  readonly valueAt: Location;
}

export interface ContainerFacet {
  /** For messages: `pipeline prd/autos/dataeng/orders-daily, task load`, `Workflow adhoc, template main`. */
  readonly label: string;
  readonly image: unknown;
  readonly resources: unknown;
  readonly env: readonly EnvEntry[];
  /** Location of a field of this container (`["image"]`, `["resources", "limits"]`). */
  at(rel: JsonPath): Location;
}

export function containersOf(subject: Subject): ContainerFacet[] {
  const src = subject.source;
  if (src.type === "pipeline") {
    const p = src.pipeline;
    const out: ContainerFacet[] = [];
    p.spec.tasks.forEach((task, i) => {
      const kind = task.container ? "container" : task.script ? "script" : undefined;
      const body = kind === "container" ? task.container : task.script;
      if (!kind || !body) return;
      const at = (rel: JsonPath) => subject.origin(["spec", "tasks", i, kind, ...rel]);
      const env = (body.env ?? []).map((e, j) => ({ name: e.name, value: e.secret || e.configMap ? undefined : (e.value ?? ""), valueAt: at(["env", j, "value"]) }));
      out.push({ label: `${subject.label}, task ${task.name}`, image: body.image, resources: body.resources, env, at });
    });
    return out;
  }
  if (src.type !== "manifest" || !src.plain) return [];
  return manifestContainers(subject);
}

function manifestContainers(subject: Subject): ContainerFacet[] {
  const out: ContainerFacet[] = [];
  const add = (label: string, path: JsonPath, c: unknown) => {
    if (isObj(c)) out.push(fromK8s(label, c, (rel) => subject.origin([...path, ...rel])));
  };
  const list = (label: string, path: JsonPath, items: unknown) => {
    if (Array.isArray(items)) items.forEach((c, i) => add(`${subject.label}, ${label} ${isObj(c) && typeof c.name === "string" ? c.name : `#${i}`}`, [...path, i], c));
  };
  for (const t of argoTemplates(subject.kind, subject.value)) {
    add(`${subject.label}, template ${t.name}`, [...t.path, "container"], t.value.container);
    add(`${subject.label}, template ${t.name}`, [...t.path, "script"], t.value.script);
    list(`template ${t.name} init container`, [...t.path, "initContainers"], t.value.initContainers);
    list(`template ${t.name} sidecar`, [...t.path, "sidecars"], t.value.sidecars);
    list(`template ${t.name} container`, [...t.path, "containerSet", "containers"], valueAt(t.value, ["containerSet", "containers"]));
  }
  const pod = podSpecPath(subject.kind);
  if (pod) {
    list("container", [...pod, "containers"], valueAt(subject.value, [...pod, "containers"]));
    list("init container", [...pod, "initContainers"], valueAt(subject.value, [...pod, "initContainers"]));
  }
  return out;
}

function fromK8s(label: string, c: Obj, at: (rel: JsonPath) => Location): ContainerFacet {
  const env: EnvEntry[] = [];
  if (Array.isArray(c.env)) {
    c.env.forEach((e, j) => {
      if (!isObj(e) || typeof e.name !== "string") return;
      const literal = e.valueFrom === undefined ? (typeof e.value === "string" ? e.value : e.value === undefined ? "" : String(e.value)) : undefined;
      env.push({ name: e.name, value: literal, valueAt: at(["env", j, "value"]) });
    });
  }
  return { label, image: c.image, resources: c.resources, env, at };
}
