// The view model of one pipeline: plain data shaped like the Argo fields the
// templates write. Every computed name and expression is made here, so the
// templates only place values.
import type { Location } from "../diagnostics/index.js";
import type { EnvVar, Resources, Retries, RunPhase, Scheduling, SparkTask, Task } from "../model/index.js";
import type { TriggerGraph } from "../graph/index.js";
import { LABELS, type ResolvedPipeline } from "../resolve/index.js";
import { withOrigins, type Origin } from "../render/origins.js";
import { compact, nonEmpty, seconds } from "./quantities.js";
import { EVENT_BUS, EVENT_SOURCE, NOTIFY_EVENT, NOTIFY_TEMPLATE, notifyUrl, SERVICE_ACCOUNTS, webhookEventName } from "./names.js";

export interface TaskView {
  readonly name: string;
  readonly dependencies?: string[];
  readonly kind: "container" | "script" | "spark";
  /** The Argo template body fields (container / script / resource) and template-level settings. */
  readonly template: Record<string, unknown>;
  readonly spark?: SparkView;
}

export interface SparkView {
  readonly appName: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly spec: Record<string, unknown>;
}

export interface PipelineView {
  readonly kind: "CronWorkflow" | "WorkflowTemplate";
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly cron?: Record<string, unknown>;
  /** Also emit a WorkflowTemplate (scheduled pipelines that a Sensor triggers too). */
  readonly alsoTemplate: boolean;
  readonly workflow: Record<string, unknown>;
  readonly tasks: TaskView[];
  readonly exit?: { readonly steps: Record<string, unknown>[][] };
  readonly sensor?: SensorView;
}

export interface SensorView {
  readonly name: string;
  readonly dependencies: Record<string, unknown>[];
  readonly conditions: string;
  readonly workflowTemplate: string;
}

const PHASES_OF: Record<RunPhase, string[]> = { Succeeded: ["Succeeded"], Failed: ["Failed", "Error"], Completed: ["Succeeded", "Failed", "Error"] };

export function pipelineView(p: ResolvedPipeline, graph: TriggerGraph): PipelineView {
  const spec = p.spec;
  const namespace = p.team.namespace;
  const labels = { ...p.team.labels, ...spec.labels, [LABELS.pipeline]: p.name };
  const triggered = (spec.triggers ?? []).length > 0;
  const scheduled = spec.schedule !== undefined;
  const annotations = compact({
    "pipeforge.io/source": p.node.node.source.file,
    "pipeforge.io/id": p.id,
    "pipeforge.io/description": (p.node.node.value.metadata?.description as string | undefined) ?? undefined,
    "pipeforge.io/owners": p.team.spec.owners.join(","),
  }) as Record<string, string>;

  const tasks = spec.tasks.map((t, i) => taskView(p, t, i, namespace, labels));
  const exit = exitView(p, graph);
  const ttl = spec.ttl;
  const ttlStrategy = nonEmpty(
    compact({ secondsAfterSuccess: seconds(ttl?.afterSuccess), secondsAfterFailure: seconds(ttl?.afterFailure), secondsAfterCompletion: seconds(ttl?.afterCompletion) }),
  );
  const workflow = compact({
    entrypoint: "main",
    serviceAccountName: SERVICE_ACCOUNTS.workflow,
    activeDeadlineSeconds: seconds(spec.timeout),
    ttlStrategy,
    podGC: spec.podGC ? nonEmpty(compact({ strategy: spec.podGC.strategy, deleteDelayDuration: spec.podGC.deleteDelayDuration })) : undefined,
    parallelism: spec.parallelism,
    arguments: spec.parameters?.length
      ? { parameters: spec.parameters.map((q) => compact({ name: q.name, value: q.value, description: q.description, enum: q.enum })) }
      : undefined,
    onExit: exit ? "exit" : undefined,
    workflowMetadata: { labels },
  });
  withOrigins(workflow, {
    activeDeadlineSeconds: () => p.origin(["timeout"]),
    ttlStrategy: () => p.origin(["ttl"]),
    podGC: () => p.origin(["podGC"]),
    parallelism: () => p.origin(["parallelism"]),
    arguments: () => p.origin(["parameters"]),
  });
  const cron = scheduled
    ? withOrigins(
        compact({
          schedules: [spec.schedule],
          timezone: spec.timezone,
          concurrencyPolicy: spec.concurrency,
          successfulJobsHistoryLimit: spec.history?.succeeded,
          failedJobsHistoryLimit: spec.history?.failed,
          suspend: spec.suspend,
        }),
        { schedules: () => p.origin(["schedule"]), timezone: () => p.origin(["timezone"]), concurrencyPolicy: () => p.origin(["concurrency"]), successfulJobsHistoryLimit: () => p.origin(["history", "succeeded"]), failedJobsHistoryLimit: () => p.origin(["history", "failed"]) },
      )
    : undefined;
  return withOrigins(
    {
      kind: scheduled ? "CronWorkflow" : "WorkflowTemplate",
      name: p.name,
      namespace,
      labels,
      annotations,
      cron,
      alsoTemplate: scheduled && triggered,
      workflow,
      tasks,
      exit,
      sensor: triggered ? sensorView(p, graph) : undefined,
    },
    { name: p.location, namespace: p.team.namespaceOrigin, labels: () => p.origin(["labels"]) },
    p.location,
  );
}

function taskView(p: ResolvedPipeline, t: Task, i: number, namespace: string, labels: Record<string, string>): TaskView {
  // Each origin is found only if a finding asks for it (render/origins.ts).
  const at = (...rest: (string | number)[]) => (): Location => p.origin(["tasks", i, ...rest]);
  const settings = compact({
    retryStrategy: retryStrategy(t.retries),
    activeDeadlineSeconds: seconds(t.timeout),
    ...scheduling(t.scheduling),
  });
  withOrigins(settings as Record<string, unknown>, { retryStrategy: at("retries"), activeDeadlineSeconds: at("timeout"), nodeSelector: at("scheduling", "nodeSelector"), tolerations: at("scheduling", "tolerations"), priorityClassName: at("scheduling", "priorityClassName") });
  const dependencies = t.dependsOn?.length ? [...t.dependsOn] : undefined;
  if (t.spark) {
    const spark = sparkView(p, t.name, t.spark, t.scheduling, namespace, labels, at);
    return withOrigins({ name: t.name, dependencies, kind: "spark", template: settings, spark }, { name: at("name"), dependencies: at("dependsOn") }, at());
  }
  const body = t.container ?? t.script;
  const kind = t.container ? "container" : "script";
  const container = compact({
    image: body?.image,
    command: body?.command,
    args: t.container?.args,
    workingDir: t.container?.workingDir,
    source: t.script?.source,
    env: body?.env?.length ? body.env.map(envVar) : undefined,
    resources: resources(body?.resources),
  });
  withOrigins(container, { image: at(kind, "image"), command: at(kind, "command"), args: at(kind, "args"), source: at(kind, "source"), env: at(kind, "env"), resources: at(kind, "resources"), workingDir: at(kind, "workingDir") });
  return withOrigins(
    { name: t.name, dependencies, kind, template: { ...settings, [kind]: container } },
    { name: at("name"), dependencies: at("dependsOn") },
    at(),
  );
}

function sparkView(
  p: ResolvedPipeline,
  taskName: string,
  s: SparkTask,
  sched: Scheduling | undefined,
  namespace: string,
  labels: Record<string, string>,
  at: (...rest: (string | number)[]) => Origin,
): SparkView {
  const podScheduling = scheduling(sched);
  const pod = (role: "driver" | "executor") => {
    const src = s[role] ?? {};
    return withOrigins(
      compact({
        cores: src.cores,
        coreLimit: src.coreLimit,
        memory: src.memory,
        memoryOverhead: src.memoryOverhead,
        instances: role === "executor" ? src.instances : undefined,
        labels: { ...labels, ...src.labels },
        serviceAccount: role === "driver" ? SERVICE_ACCOUNTS.spark : undefined,
        ...podScheduling,
      }),
      { cores: at("spark", role, "cores"), coreLimit: at("spark", role, "coreLimit"), memory: at("spark", role, "memory"), memoryOverhead: at("spark", role, "memoryOverhead"), instances: at("spark", role, "instances") },
    );
  };
  const spec = compact({
    type: s.type,
    mode: s.mode ?? "cluster",
    image: s.image,
    imagePullPolicy: s.imagePullPolicy,
    mainClass: s.mainClass,
    mainApplicationFile: s.mainApplicationFile,
    arguments: s.arguments,
    sparkVersion: s.sparkVersion,
    pythonVersion: s.pythonVersion,
    sparkConf: s.sparkConf,
    timeToLiveSeconds: s.timeToLiveSeconds,
    restartPolicy: { type: "Never" },
    driver: pod("driver"),
    executor: pod("executor"),
  });
  withOrigins(spec, {
    type: at("spark", "type"),
    mode: at("spark", "mode"),
    image: at("spark", "image"),
    imagePullPolicy: at("spark", "imagePullPolicy"),
    mainClass: at("spark", "mainClass"),
    mainApplicationFile: at("spark", "mainApplicationFile"),
    arguments: at("spark", "arguments"),
    sparkVersion: at("spark", "sparkVersion"),
    pythonVersion: at("spark", "pythonVersion"),
    sparkConf: at("spark", "sparkConf"),
    timeToLiveSeconds: at("spark", "timeToLiveSeconds"),
  });
  // Unique per run: a fixed name collides with the previous run's SparkApplication.
  const appName = `{{workflow.name}}-${taskName}`;
  return withOrigins({ appName, namespace, labels: { ...labels, "pipeforge.io/task": taskName }, spec }, { appName: at("name") }, at("spark"));
}

function retryStrategy(r: Retries | undefined): Record<string, unknown> | undefined {
  if (!r || r.limit === undefined) return undefined;
  const backoff = nonEmpty(compact({ duration: r.backoff, maxDuration: r.maxBackoff, factor: r.factor }));
  return compact({ limit: r.limit, retryPolicy: r.policy ?? "Always", backoff });
}

function scheduling(s: Scheduling | undefined): Record<string, unknown> {
  if (!s) return {};
  return compact({
    nodeSelector: nonEmpty(s.nodeSelector),
    tolerations: s.tolerations?.length ? s.tolerations.map((t) => compact({ ...t })) : undefined,
    priorityClassName: s.priorityClassName,
  });
}

function resources(r: Resources | undefined): Record<string, unknown> | undefined {
  if (!r) return undefined;
  const list = (l: object | undefined) => (l ? nonEmpty(compact(Object.fromEntries(Object.entries(l).map(([k, v]) => [k, typeof v === "number" ? String(v) : v])))) : undefined);
  return nonEmpty(compact({ requests: list(r.requests), limits: list(r.limits) }));
}

function envVar(e: EnvVar): Record<string, unknown> {
  if (e.secret) return { name: e.name, valueFrom: { secretKeyRef: { name: e.secret.name, key: e.secret.key } } };
  if (e.configMap) return { name: e.name, valueFrom: { configMapKeyRef: { name: e.configMap.name, key: e.configMap.key } } };
  return { name: e.name, value: e.value ?? "" };
}

/**
 * The exit handler posts the run's outcome to the webhook EventSource of every
 * namespace that holds a dependent Sensor (Argo Events buses are namespaced),
 * plus the pipeline's own namespace when it declares `notify`.
 */
function exitView(p: ResolvedPipeline, graph: TriggerGraph): { steps: Record<string, unknown>[][] } | undefined {
  const dependents = graph.downstream.get(p.id) ?? [];
  const namespaces = new Set<string>(dependents.map((e) => e.to.team.namespace));
  const phases = new Set<string>(dependents.flatMap((e) => PHASES_OF[e.on]));
  for (const n of p.spec.notify ?? []) {
    namespaces.add(p.team.namespace);
    for (const ph of PHASES_OF[n]) phases.add(ph);
  }
  if (namespaces.size === 0) return undefined;
  const allPhases = ["Succeeded", "Failed", "Error"];
  const when = allPhases.every((ph) => phases.has(ph)) ? undefined : [...phases].sort().map((ph) => `{{workflow.status}} == ${ph}`).join(" || ");
  const steps = [...namespaces].sort().map((ns) =>
    compact({
      name: `notify-${ns}`.slice(0, 63).replace(/-+$/, ""),
      templateRef: { name: NOTIFY_TEMPLATE, template: "post" },
      arguments: {
        parameters: [
          { name: "url", value: notifyUrl(ns) },
          { name: "pipeline", value: p.id },
          { name: "status", value: "{{workflow.status}}" },
          { name: "workflow", value: "{{workflow.name}}" },
        ],
      },
      when,
    }),
  );
  return { steps: [steps] };
}

function sensorView(p: ResolvedPipeline, graph: TriggerGraph): SensorView {
  const deps: Record<string, unknown>[] = [];
  const upstream = new Map((graph.upstream.get(p.id) ?? []).map((e) => [e.index, e]));
  (p.spec.triggers ?? []).forEach((t, i) => {
    if ("after" in t) {
      const edge = upstream.get(i);
      if (!edge) return;
      deps.push(
        withOrigins(
          {
            name: `after-${i}`,
            eventSourceName: EVENT_SOURCE,
            eventName: NOTIFY_EVENT,
            filters: {
              data: [
                { path: "body.pipeline", type: "string", value: [edge.from.id] },
                { path: "body.status", type: "string", value: PHASES_OF[edge.on] },
              ],
            },
          },
          {},
          () => p.origin(["triggers", i]),
        ),
      );
    } else {
      deps.push(withOrigins({ name: `webhook-${i}`, eventSourceName: EVENT_SOURCE, eventName: webhookEventName(t.webhook.endpoint) }, {}, () => p.origin(["triggers", i])));
    }
  });
  return { name: p.name, dependencies: deps, conditions: deps.map((d) => d.name as string).join(" || "), workflowTemplate: p.name };
}

export { EVENT_BUS };
