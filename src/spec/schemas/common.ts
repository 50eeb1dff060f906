// Shared definitions of the pipeforge.io/v1alpha1 spec schemas. These JSON
// Schemas are the reference documentation of the format: every field carries
// a description, and `pipeforge schema` writes them out for editors.
export type JsonSchema = { [key: string]: unknown };

export const SCHEMA_BASE = "https://pipeforge.io/schemas/v1alpha1/";

/** Kubernetes int32 fields; larger numbers would be rejected or rounded. */
const INT32_MAX = 2_147_483_647;
const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: "string", description, ...extra });
const map = (description: string): JsonSchema => ({ type: "object", description, additionalProperties: { type: "string" } });
const obj = (description: string, properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: "object",
  description,
  additionalProperties: false,
  properties,
  ...extra,
});

export { map, obj, str };

const duration = (description: string) => str(`${description} A duration such as 30s, 15m, 2h, 1h30m or 1d.`);
const quantity = (description: string): JsonSchema => ({ type: ["string", "number"], description });

const resourceList = obj("Kubernetes resource quantities.", {
  cpu: quantity("CPU as a Kubernetes quantity: 500m, 1, 2."),
  memory: str("Memory as a Kubernetes quantity: 512Mi, 4Gi."),
  "ephemeral-storage": str("Ephemeral storage as a Kubernetes quantity: 1Gi."),
});

const sparkPod = obj("Spark driver or executor sizing.", {
  cores: { type: "integer", minimum: 1, description: "CPU cores (integer, at least 1)." },
  coreLimit: str("Hard CPU limit as a Kubernetes quantity: 1200m."),
  memory: str("Heap memory in JVM notation: 512m, 4g (not 512Mi)."),
  memoryOverhead: str("Off-heap overhead in JVM notation: 384m."),
  instances: { type: "integer", minimum: 1, description: "Executor count (executor only)." },
  labels: map("Extra pod labels."),
});

export const definitions: Record<string, JsonSchema> = {
  labels: map("Kubernetes labels: string keys and string values."),
  duration: duration(""),
  concurrency: { type: "string", enum: ["Allow", "Forbid", "Replace"], description: "What to do when a run is due while the previous one still runs." },
  runPhase: { type: "string", enum: ["Succeeded", "Failed", "Completed"], description: "A finished run's phase; Completed means either." },
  resources: obj("Container resource requests and limits.", { requests: resourceList, limits: resourceList }),
  scheduling: obj("Where pods run.", {
    nodeSelector: map("Node labels the pods must match."),
    tolerations: {
      type: "array",
      description: "Taints the pods tolerate.",
      items: obj("A Kubernetes toleration.", {
        key: str("Taint key."),
        operator: { type: "string", enum: ["Equal", "Exists"], description: "Equal (default) or Exists." },
        value: str("Taint value."),
        effect: { type: "string", enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"], description: "Taint effect." },
        tolerationSeconds: { type: "integer", maximum: Number.MAX_SAFE_INTEGER, description: "For NoExecute: how long the pod stays bound." },
      }),
    },
    priorityClassName: str("Pod priority class."),
  }),
  retries: obj("Retry policy: Argo Workflows retryStrategy.", {
    limit: { type: "integer", minimum: 0, maximum: INT32_MAX, description: "Maximum retries." },
    backoff: duration("Delay before the first retry."),
    maxBackoff: duration("Longest delay between retries."),
    factor: { type: "integer", minimum: 1, description: "Backoff multiplier." },
    policy: { type: "string", enum: ["Always", "OnFailure", "OnError", "OnTransientError"], description: "Which failures are retried." },
  }),
  ttl: obj("How long finished workflows are kept.", {
    afterSuccess: duration("Keep successful runs this long."),
    afterFailure: duration("Keep failed runs this long."),
    afterCompletion: duration("Keep any finished run this long."),
  }),
  podGC: obj("When finished pods are deleted.", {
    strategy: { type: "string", enum: ["OnPodCompletion", "OnPodSuccess", "OnWorkflowCompletion", "OnWorkflowSuccess"], description: "Argo pod garbage collection strategy." },
    deleteDelayDuration: duration("Wait this long before deleting."),
  }),
  history: obj("How many finished runs a CronWorkflow keeps.", {
    succeeded: { type: "integer", minimum: 0, maximum: INT32_MAX, description: "Successful runs kept." },
    failed: { type: "integer", minimum: 0, maximum: INT32_MAX, description: "Failed runs kept." },
  }),
  sparkPod,
  spark: obj("Spark settings shared by Spark tasks.", {
    image: str("Spark image, pinned: spark:3.5.3."),
    sparkVersion: str("Spark version the image runs: 3.5.3."),
    imagePullPolicy: { type: "string", enum: ["Always", "IfNotPresent", "Never"], description: "Image pull policy." },
    driver: sparkPod,
    executor: sparkPod,
    sparkConf: map("Extra Spark configuration (spark.* keys; values are strings)."),
    timeToLiveSeconds: { type: "integer", minimum: 1, description: "Delete the SparkApplication this long after it finishes." },
  }),
};

const ref = (name: string): JsonSchema => ({ $ref: `common.json#/definitions/${name}` });
export { ref };

export const defaultsSchema: JsonSchema = obj("Defaults inherited by every pipeline and task below this level (environment → business unit → team → pipeline).", {
  timezone: str("IANA time zone for schedules: America/Sao_Paulo."),
  ttl: ref("ttl"),
  podGC: ref("podGC"),
  timeout: ref("duration"),
  concurrency: ref("concurrency"),
  history: ref("history"),
  retries: ref("retries"),
  scheduling: ref("scheduling"),
  resources: ref("resources"),
  spark: ref("spark"),
  labels: ref("labels"),
  parallelism: { type: "integer", minimum: 1, description: "At most this many tasks of a run at once." },
});

export const commonSchema: JsonSchema = {
  $id: `${SCHEMA_BASE}common.json`,
  description: "Definitions shared by the pipeforge.io/v1alpha1 kinds.",
  definitions: { ...definitions, defaults: defaultsSchema },
};

export function metadataSchema(nameDescription: string): JsonSchema {
  return obj("Object metadata.", {
    name: str(nameDescription),
    description: str("What this is for, in a sentence."),
    labels: ref("labels"),
    annotations: map("Free-form annotations."),
  });
}

export function kindSchema(kind: string, description: string, spec: JsonSchema, nameDescription: string, specRequired = true): JsonSchema {
  return {
    $id: `${SCHEMA_BASE}${kind.toLowerCase()}.json`,
    title: kind,
    description,
    type: "object",
    additionalProperties: false,
    required: specRequired ? ["apiVersion", "kind", "spec"] : ["apiVersion", "kind"],
    properties: {
      apiVersion: { const: "pipeforge.io/v1alpha1", description: "Always pipeforge.io/v1alpha1." },
      kind: { const: kind, description: `Always ${kind}.` },
      metadata: metadataSchema(nameDescription),
      spec,
    },
  };
}
