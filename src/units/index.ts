export type { Check } from "./result.js";
export type { DurationResult } from "./duration.js";
export { parseDuration } from "./duration.js";
export type { QuantityParts, QuantityResult } from "./quantity.js";
export { BINARY_SUFFIXES, DECIMAL_SUFFIXES, parseQuantity, splitQuantity } from "./quantity.js";
export type { ResourceKind } from "./quantity-hint.js";
export { quantityHint } from "./quantity-hint.js";
export type { JvmMemoryResult } from "./jvm-memory.js";
export { parseJvmMemory } from "./jvm-memory.js";
export type { CronCheck, CronKind } from "./cron.js";
export { ARGO_SCHEDULE_PATTERN, CRON_MACROS, checkCron } from "./cron.js";
export { minIntervalSeconds } from "./cron-interval.js";
export type { TimeZoneCheck } from "./timezone.js";
export { checkTimeZone } from "./timezone.js";
export {
  DNS_LABEL_MAX_LENGTH,
  DNS_SUBDOMAIN_MAX_LENGTH,
  LABEL_VALUE_MAX_LENGTH,
  checkDns1035Label,
  checkDnsLabel,
  checkDnsSubdomain,
  checkLabelValue,
} from "./names.js";
export type { SparkNameBudget, WorkflowNaming } from "./name-limits.js";
export {
  ARGO_FIELD_NAME_MAX_LENGTH,
  ARGO_FIELD_NAME_PATTERN,
  CRON_RUN_SUFFIX_LENGTH,
  CRON_WORKFLOW_NAME_MAX_LENGTH,
  GENERATE_NAME_PREFIX_MAX_LENGTH,
  GENERATE_NAME_SUFFIX_LENGTH,
  SPARK_APPLICATION_NAME_MAX_LENGTH,
  WORKFLOW_NAME_MAX_LENGTH,
  WORKFLOW_TEMPLATE_NAME_MAX_LENGTH,
  checkSparkApplicationName,
  checkTaskName,
  sparkAppNameBudget,
  workflowRunNameLength,
} from "./name-limits.js";
