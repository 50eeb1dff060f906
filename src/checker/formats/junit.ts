// JUnit XML as kubeconform writes it: one <testsuite> per file, one <testcase> per resource
// (name: namespace/name, classname: Kind@apiVersion); invalid → <failure>, error → <error>,
// skipped → <skipped>; info findings go to <system-out>. No timings, so the output is
// deterministic. Shape: the JUnit XSD kubeconform tests against (shared/upstream/junit).
import { renderXml, type XmlElement } from "../../report/xml.js";
import type { Finding, ResourceResult } from "../types.js";
import { findingText, type CheckFormatter } from "./format.js";

const line = (f: Finding) => `${f.line}:${f.column}: ${findingText(f)}`;

function testcase(r: ResourceResult): XmlElement {
  const name = r.kind ? (r.namespace ? `${r.namespace}/${r.name ?? ""}` : (r.name ?? "")) || `document ${r.index + 1}` : `document ${r.index + 1}`;
  const errors = r.findings.filter((f) => f.severity === "error");
  const others = r.findings.filter((f) => f.severity !== "error");
  const children: XmlElement[] = [];
  if (r.status === "skipped") children.push({ name: "skipped", children: "not validated (--skip or --ignore-missing-schemas)" });
  const first = errors[0];
  if (first) {
    const element = r.status === "error" ? "error" : "failure";
    children.push({ name: element, attrs: { message: first.message, type: first.code }, children: errors.map(line).join("\n") });
  }
  if (others.length > 0) children.push({ name: "system-out", children: others.map(line).join("\n") });
  return { name: "testcase", attrs: { name, classname: r.kind ? `${r.kind}@${r.apiVersion ?? ""}` : "document" }, children };
}

export const formatJunit: CheckFormatter = (report) => {
  const byFile = new Map<string, ResourceResult[]>();
  for (const r of report.resources) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const count = (list: readonly ResourceResult[], status: ResourceResult["status"]) => list.filter((r) => r.status === status).length;
  const suites: XmlElement[] = [...byFile].map(([file, list], i) => ({
    name: "testsuite",
    attrs: { name: file, id: i + 1, tests: list.length, failures: count(list, "invalid"), errors: count(list, "error"), disabled: 0, skipped: count(list, "skipped") },
    children: list.map(testcase),
  }));
  const { resources, invalid, errors, skipped } = report.summary;
  const root: XmlElement = { name: "testsuites", attrs: { name: "pipeforge check-manifests", tests: resources, failures: invalid, errors, disabled: skipped }, children: suites };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}`;
};
