// Values with their own grammar: cron, time zones, durations, Kubernetes
// quantities, Spark's JVM memory notation, and fields that must be set once
// inheritance has run (Spark image and sizes).
import { diag, type Diagnostic } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
import type { ResolvedPipeline } from "../resolve/index.js";
import { checkCron, checkTimeZone, parseDuration, parseJvmMemory, parseQuantity, quantityHint } from "../units/index.js";

export function checkValues(p: ResolvedPipeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = p.spec;
  if (s.schedule !== undefined) {
    const r = checkCron(s.schedule);
    if (!r.ok) out.push(diag("SEM008", { message: `schedule "${s.schedule}": ${r.reason}`, location: p.origin(["schedule"]) }));
  }
  if (s.timezone !== undefined) {
    const r = checkTimeZone(s.timezone);
    if (!r.ok) out.push(diag("SEM009", { message: `timezone "${s.timezone}": ${r.reason}`, location: p.origin(["timezone"]), hint: r.suggestion ? `Did you mean ${r.suggestion}?` : undefined }));
  }
  const duration = (path: JsonPath, value: string | undefined) => {
    if (value === undefined) return;
    const r = parseDuration(value);
    if (!r.ok) out.push(diag("SEM010", { message: `${path.join(".")} "${value}": ${r.reason}`, location: p.origin(path) }));
  };
  duration(["timeout"], s.timeout);
  duration(["ttl", "afterSuccess"], s.ttl?.afterSuccess);
  duration(["ttl", "afterFailure"], s.ttl?.afterFailure);
  duration(["ttl", "afterCompletion"], s.ttl?.afterCompletion);
  duration(["podGC", "deleteDelayDuration"], s.podGC?.deleteDelayDuration);
  s.tasks.forEach((t, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ["tasks", i, ...rest];
    duration(at("timeout"), t.timeout);
    duration(at("retries", "backoff"), t.retries?.backoff);
    duration(at("retries", "maxBackoff"), t.retries?.maxBackoff);
    for (const kind of ["container", "script"] as const) {
      const body = t[kind];
      if (!body) continue;
      for (const level of ["requests", "limits"] as const) {
        for (const [res, v] of Object.entries(body.resources?.[level] ?? {})) {
          if (v === undefined) continue;
          const path = at(kind, "resources", level, res);
          const r = parseQuantity(v as string | number);
          if (!r.ok || r.value < 0) {
            const reason = r.ok ? "must not be negative" : r.reason;
            out.push(diag("SEM011", { message: `${res} ${level} "${String(v)}": ${reason}`, location: p.origin(path), hint: res === "cpu" || res === "memory" ? quantityHint(res, v as string | number) : undefined }));
          } else if (res === "cpu" || res === "memory") {
            const hint = quantityHint(res, v as string | number);
            if (hint) out.push(diag("SEM015", { message: `${res} ${level} "${String(v)}" is suspicious`, location: p.origin(path), hint }));
          }
        }
      }
      (body.env ?? []).forEach((e, j) => {
        const sources = [e.value !== undefined, e.secret !== undefined, e.configMap !== undefined].filter(Boolean).length;
        if (sources > 1) out.push(diag("SEM025", { message: `env ${e.name} sets more than one of value, secret and configMap`, location: p.origin(at(kind, "env", j)) }));
      });
    }
    if (t.spark) {
      const spark = t.spark;
      for (const field of ["image", "sparkVersion"] as const) {
        if (!spark[field]) out.push(diag("SEM022", { message: `Spark task ${t.name} has no ${field} (set it on the task or in defaults.spark)`, location: p.origin(at("spark")) }));
      }
      for (const role of ["driver", "executor"] as const) {
        const pod = spark[role];
        if (!pod?.memory || !pod.cores) out.push(diag("SEM022", { message: `Spark task ${t.name} has no ${role} ${!pod?.cores ? "cores" : "memory"} (set it on the task or in defaults.spark.${role})`, location: p.origin(at("spark")) }));
        if (role === "executor" && !pod?.instances) out.push(diag("SEM022", { message: `Spark task ${t.name} has no executor instances`, location: p.origin(at("spark")) }));
        for (const field of ["memory", "memoryOverhead"] as const) {
          const v = pod?.[field];
          if (v === undefined) continue;
          const r = parseJvmMemory(v);
          if (!r.ok) out.push(diag("SEM012", { message: `Spark ${role} ${field} "${v}": ${r.reason}`, location: p.origin(at("spark", role, field)), hint: r.hint }));
        }
        if (pod?.coreLimit !== undefined) {
          const r = parseQuantity(pod.coreLimit);
          if (!r.ok) out.push(diag("SEM011", { message: `Spark ${role} coreLimit "${pod.coreLimit}": ${r.reason}`, location: p.origin(at("spark", role, "coreLimit")) }));
        }
      }
    }
  });
  return out;
}
