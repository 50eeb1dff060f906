// `pipeforge apps --format json`: one document with the Applications, where
// the directories came from, and the findings in the json report's shape.
import { formatReport, type ReportInput } from "../report/index.js";
import type { AppsPreview } from "./preview.js";

export function renderAppsJson(preview: AppsPreview, report: ReportInput): string {
  const findings = JSON.parse(formatReport("json", report)) as Record<string, unknown>;
  const applications = preview.applications.map((a) => ({
    name: a.name,
    namespace: a.namespace,
    applicationSet: a.appSet,
    project: a.project,
    source: a.source,
    destination: a.destination,
    labels: Object.fromEntries(Object.keys(a.labels).sort().map((k) => [k, a.labels[k]])),
    ...(a.rollingSync ? { step: a.step ?? null } : {}),
    directory: a.directory,
    ...(a.team ? { team: a.team } : {}),
  }));
  return JSON.stringify({ mode: preview.mode, directories: preview.directories, applicationSets: preview.applicationSets, applications, ...findings }, null, 2) + "\n";
}
