// Plain data types of the pipeforge.io/v1alpha1 kinds, as they stand after
// schema validation. The JSON Schemas in src/spec/schemas are the reference;
// these types mirror them.

export const API_VERSION = "pipeforge.io/v1alpha1";

export type Concurrency = "Allow" | "Forbid" | "Replace";
export type RunPhase = "Succeeded" | "Failed" | "Completed";
export type Labels = Record<string, string>;

export interface Metadata {
  name?: string;
  description?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
}

export interface Toleration {
  key?: string;
  operator?: "Equal" | "Exists";
  value?: string;
  effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  tolerationSeconds?: number;
}

export interface Scheduling {
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  priorityClassName?: string;
}

export interface ResourceList {
  cpu?: string | number;
  memory?: string;
  "ephemeral-storage"?: string;
}

export interface Resources {
  requests?: ResourceList;
  limits?: ResourceList;
}

export interface Retries {
  limit?: number;
  backoff?: string;
  maxBackoff?: string;
  factor?: number;
  policy?: "Always" | "OnFailure" | "OnError" | "OnTransientError";
}

export interface SparkPod {
  cores?: number;
  coreLimit?: string;
  memory?: string;
  memoryOverhead?: string;
  instances?: number;
  labels?: Labels;
}

export interface SparkDefaults {
  image?: string;
  sparkVersion?: string;
  imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  driver?: SparkPod;
  executor?: SparkPod;
  sparkConf?: Record<string, string>;
  timeToLiveSeconds?: number;
}

export interface Ttl {
  afterSuccess?: string;
  afterFailure?: string;
  afterCompletion?: string;
}

export interface PodGc {
  strategy?: "OnPodCompletion" | "OnPodSuccess" | "OnWorkflowCompletion" | "OnWorkflowSuccess";
  deleteDelayDuration?: string;
}

export interface History {
  succeeded?: number;
  failed?: number;
}

/** Settable on Environment, BusinessUnit and Team; inherited down to every pipeline and task. */
export interface Defaults {
  timezone?: string;
  ttl?: Ttl;
  podGC?: PodGc;
  timeout?: string;
  concurrency?: Concurrency;
  history?: History;
  retries?: Retries;
  scheduling?: Scheduling;
  resources?: Resources;
  spark?: SparkDefaults;
  labels?: Labels;
  parallelism?: number;
}

export interface RepositorySpec {
  repoURL?: string;
  targetRevision?: string;
  mode?: "rendered" | "plugin";
  output?: string;
  argocd?: { namespace?: string; plugin?: { name?: string } };
  targets?: { argoWorkflows?: "4" | "3.7" };
  schemas?: string[];
}

export interface EnvironmentSpec {
  cluster: string;
  namespaceTemplate?: string;
  promotion?: { after?: string };
  labels?: Labels;
  defaults?: Defaults;
}

export interface BusinessUnitSpec {
  labels?: Labels;
  defaults?: Defaults;
}

export interface TeamSpec {
  owners: string[];
  namespace?: string;
  quota?: { cpu?: string | number; memory?: string; pods?: number };
  labels?: Labels;
  defaults?: Defaults;
}

export interface EnvVar {
  name: string;
  value?: string;
  secret?: { name: string; key: string };
  configMap?: { name: string; key: string };
}

export interface ContainerTask {
  image: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  resources?: Resources;
  workingDir?: string;
}

export interface ScriptTask {
  image: string;
  source: string;
  command?: string[];
  env?: EnvVar[];
  resources?: Resources;
}

export interface SparkTask extends SparkDefaults {
  type: "Scala" | "Java" | "Python" | "R";
  mainClass?: string;
  mainApplicationFile: string;
  arguments?: string[];
  mode?: "cluster" | "client";
  pythonVersion?: "2" | "3";
}

export interface Task {
  name: string;
  description?: string;
  dependsOn?: string[];
  spark?: SparkTask;
  container?: ContainerTask;
  script?: ScriptTask;
  retries?: Retries;
  timeout?: string;
  scheduling?: Scheduling;
}

export type Trigger =
  | { after: string; on?: RunPhase }
  | { webhook: { endpoint: string; method?: "POST" | "PUT" } };

export interface Parameter {
  name: string;
  value?: string;
  description?: string;
  enum?: string[];
}

export interface PipelineSpec {
  schedule?: string;
  timezone?: string;
  suspend?: boolean;
  concurrency?: Concurrency;
  history?: History;
  timeout?: string;
  ttl?: Ttl;
  podGC?: PodGc;
  parallelism?: number;
  triggers?: Trigger[];
  notify?: RunPhase[];
  parameters?: Parameter[];
  labels?: Labels;
  retries?: Retries;
  scheduling?: Scheduling;
  resources?: Resources;
  spark?: SparkDefaults;
  tasks: Task[];
}

export interface SpecDocument<S> {
  apiVersion: string;
  kind: string;
  metadata?: Metadata;
  spec: S;
}
