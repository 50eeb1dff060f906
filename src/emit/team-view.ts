// The view model of a team namespace: what every team gets, whatever its pipelines.
import type { ResolvedTeam } from "../resolve/index.js";
import { withOrigins } from "../render/origins.js";
import { locate } from "../parse/index.js";
import { EVENT_BUS, EVENT_SOURCE, NOTIFY_ENDPOINT, NOTIFY_EVENT, NOTIFY_IMAGE, NOTIFY_TEMPLATE, QUOTA_NAME, SERVICE_ACCOUNTS, WEBHOOK_PORT, webhookEventName } from "./names.js";

export interface TeamView {
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly serviceAccounts: typeof SERVICE_ACCOUNTS;
  readonly sensorServiceAccount: string;
  readonly quota?: { readonly name: string; readonly hard: Record<string, string> };
  readonly eventBus: string;
  readonly eventSource: { readonly name: string; readonly port: number; readonly webhook: Record<string, unknown> };
  readonly notify: { readonly name: string; readonly image: string; readonly resources: Record<string, unknown> };
}

export function teamView(team: ResolvedTeam): TeamView {
  const webhook: Record<string, unknown> = {
    [NOTIFY_EVENT]: { port: String(WEBHOOK_PORT), endpoint: NOTIFY_ENDPOINT, method: "POST" },
  };
  const webhookOrigins: Record<string, ReturnType<typeof locate>> = {};
  for (const p of team.pipelines) {
    (p.spec.triggers ?? []).forEach((t, i) => {
      if (!("webhook" in t)) return;
      const event = webhookEventName(t.webhook.endpoint);
      webhook[event] ??= { port: String(WEBHOOK_PORT), endpoint: t.webhook.endpoint, method: t.webhook.method ?? "POST" };
      webhookOrigins[event] ??= p.origin(["triggers", i, "webhook"]);
    });
  }
  withOrigins(webhook, webhookOrigins);
  const q = team.spec.quota;
  const hard: Record<string, string> = {};
  if (q?.cpu !== undefined) hard["requests.cpu"] = String(q.cpu);
  if (q?.memory !== undefined) hard["requests.memory"] = q.memory;
  if (q?.pods !== undefined) hard.pods = String(q.pods);
  const teamDoc = team.node.node?.source;
  const quota = q && Object.keys(hard).length > 0 ? withOrigins({ name: QUOTA_NAME, hard }, { hard: teamDoc ? locate(teamDoc, ["spec", "quota"]) : undefined }) : undefined;
  return withOrigins(
    {
      namespace: team.namespace,
      labels: team.labels,
      annotations: { "pipeforge.io/owners": team.spec.owners.join(","), "pipeforge.io/source": team.node.node?.source.file ?? team.node.dir },
      serviceAccounts: SERVICE_ACCOUNTS,
      sensorServiceAccount: SERVICE_ACCOUNTS.sensor,
      quota,
      eventBus: EVENT_BUS,
      eventSource: { name: EVENT_SOURCE, port: WEBHOOK_PORT, webhook },
      notify: {
        name: NOTIFY_TEMPLATE,
        image: NOTIFY_IMAGE,
        resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
      },
    },
    { namespace: team.namespaceOrigin, labels: team.location, annotations: team.location },
    team.location,
  );
}
