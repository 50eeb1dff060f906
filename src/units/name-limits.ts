import type { Check } from "./result.js";
import { OK, fail } from "./result.js";
import { checkDns1035Label, checkDnsLabel } from "./names.js";

// Argo rejects Workflow, WorkflowTemplate and ClusterWorkflowTemplate names over
// 63 characters because the name is copied into label values
// (workflow/validate/validate.go, maxCharsInObjectName).
export const WORKFLOW_NAME_MAX_LENGTH = 63;
export const WORKFLOW_TEMPLATE_NAME_MAX_LENGTH = 63;

// A CronWorkflow names each run `<cron-name>-<unix seconds>` (getChildWorkflowName
// in workflow/cron), so the controller caps CronWorkflow names at 52
// (maxCharsInCronWorkflowName) to keep runs within 63.
export const CRON_WORKFLOW_NAME_MAX_LENGTH = 52;
// "-" plus a 10-digit Unix time, true from 2001 until the year 2286.
export const CRON_RUN_SUFFIX_LENGTH = 11;

// `metadata.generateName`: the API server appends 5 random characters and cuts
// the prefix to 58 so the result stays within 63.
export const GENERATE_NAME_SUFFIX_LENGTH = 5;
export const GENERATE_NAME_PREFIX_MAX_LENGTH = 58;

// Argo DAG task and template names (validate.go, workflowFieldNameFmt and
// workflowFieldMaxLength). Task names that start with a digit are also rejected
// when the DAG uses `depends`, which ours do.
export const ARGO_FIELD_NAME_PATTERN = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
export const ARGO_FIELD_NAME_MAX_LENGTH = 128;

// SparkApplication names. The Spark operator (kubeflow/spark-operator) rejects
// names that are not RFC 1035 labels (≤63, starting with a letter) and copies
// the name into the `sparkoperator.k8s.io/app-name` label (≤63). It also derives:
//   <app>-driver            driver pod; ≤63 keeps the pod hostname untruncated
//   <app>-ui-svc            UI Service, an RFC 1035 label ≤63; operators before
//                           the generateName() fix do not shorten it
//   <app>-<16 hex>-driver-svc  Spark's own driver Service; when too long Spark
//                           falls back to spark-<id>-driver-svc with a warning
// 56 = 63 - len("-ui-svc") (also 63 - len("-driver")) is therefore the longest
// name that works on every operator version without truncation. The driver
// Service fallback only costs a readable name, so it does not lower the limit.
export const SPARK_APPLICATION_NAME_MAX_LENGTH = 56;

/**
 * A DAG task name that Argo accepts and that can be part of Kubernetes object
 * names. An RFC 1123 label always matches Argo's pattern and length, so the
 * stricter DNS check alone gives the most specific reason.
 */
export function checkTaskName(name: string): Check {
  const dns = checkDnsLabel(name);
  if (!dns.ok) return dns;
  if (/^[0-9]/.test(name)) return fail("must not start with a digit (Argo rejects that in DAGs using depends)");
  if (name === "main" || name === "exit") return fail(`is the name of pipeforge's own ${name === "main" ? "DAG entrypoint" : "exit handler"} template`);
  return OK;
}

export function checkSparkApplicationName(name: string): Check {
  return checkDns1035Label(name, SPARK_APPLICATION_NAME_MAX_LENGTH);
}

/** How a Workflow gets its name, which decides how long `{{workflow.name}}` can be at run time. */
export type WorkflowNaming =
  | { kind: "name"; name: string }
  | { kind: "generateName"; prefix: string }
  | { kind: "cron"; cronWorkflowName: string };

export function workflowRunNameLength(naming: WorkflowNaming): number {
  switch (naming.kind) {
    case "name":
      return naming.name.length;
    case "generateName":
      return Math.min(naming.prefix.length, GENERATE_NAME_PREFIX_MAX_LENGTH) + GENERATE_NAME_SUFFIX_LENGTH;
    case "cron":
      return naming.cronWorkflowName.length + CRON_RUN_SUFFIX_LENGTH;
  }
}

export type SparkNameBudget =
  | { ok: true; length: number; maxLength: number; spare: number }
  | { ok: false; length: number; maxLength: number; over: number; reason: string };

/**
 * Whether the run-unique SparkApplication name `<workflow-name>-<task-name>`
 * fits, given the longest the workflow name can be at run time (see
 * workflowRunNameLength). `over` is how many characters to cut from the task name.
 */
export function sparkAppNameBudget(
  workflowNameLength: number,
  taskName: string,
  maxLength: number = SPARK_APPLICATION_NAME_MAX_LENGTH,
): SparkNameBudget {
  const length = workflowNameLength + 1 + taskName.length;
  const over = length - maxLength;
  if (over <= 0) return { ok: true, length, maxLength, spare: maxLength - length };
  return {
    ok: false,
    length,
    maxLength,
    over,
    reason: `task name too long for Spark: "<workflow-name>-${taskName}" is ${length} characters, ${over} over the ${maxLength} limit`,
  };
}
