// A pipeline's tasks: unique names, one kind each, known dependencies, no cycles.
import { diag, type Diagnostic } from "../diagnostics/index.js";
import type { ResolvedPipeline } from "../resolve/index.js";
import { closest } from "../util/suggest.js";

export function checkTasks(p: ResolvedPipeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tasks = p.spec.tasks;
  if (tasks.length === 0) return [diag("SEM021", { message: `pipeline ${p.name} has no tasks`, location: p.origin(["tasks"]) })];
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (index.has(t.name)) out.push(diag("SEM002", { message: `task ${t.name} is defined twice in pipeline ${p.name}`, location: p.origin(["tasks", i, "name"]) }));
    else index.set(t.name, i);
    const kinds = (["spark", "container", "script"] as const).filter((k) => t[k] !== undefined);
    if (kinds.length !== 1) {
      out.push(diag("SEM023", { message: kinds.length === 0 ? `task ${t.name} has none of spark, container or script` : `task ${t.name} has ${kinds.join(" and ")}; a task runs exactly one`, location: p.origin(["tasks", i]) }));
    }
  });
  tasks.forEach((t, i) => {
    (t.dependsOn ?? []).forEach((dep, j) => {
      if (!index.has(dep)) {
        const suggestion = closest(dep, index.keys());
        out.push(diag("SEM003", { message: `task ${t.name} depends on ${dep}, which is not a task of pipeline ${p.name}`, location: p.origin(["tasks", i, "dependsOn", j]), hint: suggestion ? `Did you mean ${suggestion}?` : undefined }));
      } else if (dep === t.name) {
        out.push(diag("SEM004", { message: `task ${t.name} depends on itself`, location: p.origin(["tasks", i, "dependsOn", j]) }));
      }
    });
  });
  out.push(...findTaskCycles(p, index));
  return out;
}

function findTaskCycles(p: ResolvedPipeline, index: ReadonlyMap<string, number>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const deps = (name: string) => (p.spec.tasks[index.get(name) ?? -1]?.dependsOn ?? []).filter((d) => index.has(d) && d !== name);
  const state = new Map<string, 1 | 2>();
  for (const start of index.keys()) {
    if (state.has(start)) continue;
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = deps(top.name);
      if (top.next >= list.length) {
        state.set(top.name, 2);
        stack.pop();
        continue;
      }
      const dep = list[top.next++]!;
      const s = state.get(dep);
      if (s === 1) {
        const from = stack.findIndex((f) => f.name === dep);
        // Dependencies point backwards; print the cycle in execution order.
        const names = [...stack.slice(from).map((f) => f.name), dep].reverse();
        const i = index.get(top.name) ?? 0;
        const j = (p.spec.tasks[i]?.dependsOn ?? []).indexOf(dep);
        out.push(diag("SEM004", { message: `tasks of pipeline ${p.name} form a cycle: ${names.join(" → ")}`, location: p.origin(["tasks", i, "dependsOn", j]) }));
      } else if (s === undefined) {
        state.set(dep, 1);
        stack.push({ name: dep, next: 0 });
      }
    }
  }
  return out;
}
