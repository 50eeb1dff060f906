// Names of the objects pipeforge creates in every team namespace. Changing one
// renames live resources, so they are constants with one home.

export const SERVICE_ACCOUNTS = {
  workflow: "pipeforge-workflow",
  spark: "pipeforge-spark",
  sensor: "pipeforge-sensor",
} as const;

export const EVENT_BUS = "default";
export const EVENT_SOURCE = "pipeforge-webhook";
/** Argo Events names the Service of a webhook EventSource `<name>-eventsource-svc`. */
export const EVENT_SOURCE_SERVICE = `${EVENT_SOURCE}-eventsource-svc`;
export const WEBHOOK_PORT = 12000;
export const NOTIFY_EVENT = "pipeforge-notify";
export const NOTIFY_ENDPOINT = "/pipeforge/notify";
export const NOTIFY_TEMPLATE = "pipeforge-notify";
export const NOTIFY_IMAGE = "curlimages/curl:8.10.1";
export const QUOTA_NAME = "pipeforge-quota";

/** The URL of a team's webhook EventSource, reachable from any namespace in the cluster. */
export function notifyUrl(namespace: string): string {
  return `http://${EVENT_SOURCE_SERVICE}.${namespace}.svc:${WEBHOOK_PORT}${NOTIFY_ENDPOINT}`;
}

/** The event name of a user webhook endpoint: `/orders/v1` → `webhook-orders-v1`. */
export function webhookEventName(endpoint: string): string {
  const slug = endpoint
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `webhook-${slug || "root"}`;
}
