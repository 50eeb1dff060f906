// `pipeforge apps` as a table: one row per Application, then where the
// directories came from. Findings go to stderr through the report formats.
import type { AppsPreview, PreviewApplication } from "./preview.js";

const labelText = (labels: Readonly<Record<string, string>>) =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(",");

export function renderAppsText(preview: AppsPreview): string {
  const withStep = preview.applications.some((a) => a.rollingSync);
  const header = ["NAME", "APPLICATIONSET", "PROJECT", "SOURCE PATH", "NAMESPACE", ...(withStep ? ["STEP"] : []), "LABELS"];
  const row = (a: PreviewApplication) => [
    a.name,
    a.appSet,
    a.project,
    a.source.path ?? "",
    a.destination.namespace ?? "",
    ...(withStep ? [a.step === undefined ? "-" : String(a.step)] : []),
    labelText(a.labels),
  ];
  const rows = [header, ...preview.applications.map(row)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = preview.applications.length === 0 ? [] : rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "));
  const n = preview.applications.length;
  const sets = preview.applicationSets.length;
  const where =
    preview.directories.from === "planned-output"
      ? `the folders \`pipeforge build\` would write under ${preview.directories.root}/ (derived from the planned output; no build needed)`
      : `the repository's folders under ${preview.directories.root}/ (plugin mode)`;
  lines.push(`${n === 0 ? "No" : n} Application${n === 1 ? "" : "s"} from ${sets} ApplicationSet${sets === 1 ? "" : "s"}, expanded against ${where}.`);
  return lines.join("\n") + "\n";
}
