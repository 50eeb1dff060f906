// JSON in kubeconform's shape (`-output json`): `resources` lists what is not plainly valid, each
// with `filename`, `kind`, `name`, `version` (the apiVersion), `status` (statusValid,
// statusInvalid, statusError, statusSkipped) and `msg`, plus `validationErrors` that here carry
// a line, column, code and severity; `summary` only with --summary.
import type { ResourceResult } from "../types.js";
import { listed, type CheckFormatter } from "./format.js";

const STATUS: Record<ResourceResult["status"], string> = { valid: "statusValid", invalid: "statusInvalid", error: "statusError", skipped: "statusSkipped" };

function resource(r: ResourceResult) {
  return {
    filename: r.file,
    kind: r.kind ?? "",
    name: r.name ?? "",
    version: r.apiVersion ?? "",
    status: STATUS[r.status],
    msg: r.findings.filter((f) => f.severity === "error").map((f) => f.message).join("; "),
    validationErrors: r.findings.map((f) => ({ path: f.pointer, msg: f.message, line: f.line, column: f.column, code: f.code, severity: f.severity })),
  };
}

export const formatJson: CheckFormatter = (report, options) => {
  const { valid, invalid, errors, skipped } = report.summary;
  const body = { resources: report.resources.filter(listed).map(resource), ...(options.summary ? { summary: { valid, invalid, errors, skipped } } : {}) };
  return `${JSON.stringify(body, null, 2)}\n`;
};
