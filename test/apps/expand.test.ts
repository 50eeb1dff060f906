// Expanding one ApplicationSet value against a directory list, as Argo CD's
// controller would.
import { describe, expect, it } from "vitest";
import { expandApplicationSet, filterDirectories } from "../../src/apps/index.js";

const DIRS = [
  "rendered",
  "rendered/_argocd",
  "rendered/_argocd/hml",
  "rendered/hml",
  "rendered/hml/autos",
  "rendered/hml/autos/dataeng",
  "rendered/hml/autos/ml",
  "rendered/hml/finance",
  "rendered/hml/finance/risk",
];

function appSet(spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet",
    metadata: { name: "set", namespace: "argocd" },
    spec: {
      goTemplate: true,
      goTemplateOptions: ["missingkey=error"],
      generators: [{ git: { repoURL: "https://git.example.com/r.git", revision: "main", directories: [{ path: "rendered/hml/*/*" }] } }],
      template: {
        metadata: { name: "{{index .path.segments 1}}-{{index .path.segments 2}}-{{index .path.segments 3}}", labels: { team: "{{index .path.segments 3}}" } },
        spec: { project: "{{.path.basename}}", source: { repoURL: "https://git.example.com/r.git", targetRevision: "main", path: "{{.path.path}}" }, destination: { server: "https://kubernetes.default.svc", namespace: "ns-{{.path.basename}}" } },
      },
      ...spec,
    },
  };
}

describe("filterDirectories (Argo CD's filterApps)", () => {
  it.each([
    ["a star stays inside one segment", [{ path: "rendered/*" }], ["rendered/_argocd", "rendered/hml"]],
    ["an exclude wins whatever its position", [{ path: "rendered/hml/autos/ml", exclude: true }, { path: "rendered/hml/*/*" }], ["rendered/hml/autos/dataeng", "rendered/hml/finance/risk"]],
    ["an exclude pattern excludes every match", [{ path: "rendered/hml/*/*" }, { path: "rendered/hml/autos/*", exclude: true }], ["rendered/hml/finance/risk"]],
    ["includes add up", [{ path: "rendered/hml/autos/ml" }, { path: "rendered/hml/finance/*" }], ["rendered/hml/autos/ml", "rendered/hml/finance/risk"]],
  ])("%s", (_name, entries, want) => {
    expect(filterDirectories(entries, DIRS, () => undefined)).toEqual(want);
  });

  it("reports a malformed pattern and ignores it, as Argo CD does", () => {
    const bad: string[] = [];
    expect(filterDirectories([{ path: "rendered/[" }, { path: "rendered/hml" }], DIRS, (p) => bad.push(p))).toEqual(["rendered/hml"]);
    expect(bad).toEqual(["rendered/["]);
  });
});

describe("expandApplicationSet", () => {
  it("renders one Application per matched directory", () => {
    const { applications, problems } = expandApplicationSet(appSet({}), DIRS);
    expect(problems).toEqual([]);
    expect(applications.map((a) => [a.name, a.project, a.source.path, a.destination.namespace, a.labels.team, a.namespace])).toEqual([
      ["hml-autos-dataeng", "dataeng", "rendered/hml/autos/dataeng", "ns-dataeng", "dataeng", "argocd"],
      ["hml-autos-ml", "ml", "rendered/hml/autos/ml", "ns-ml", "ml", "argocd"],
      ["hml-finance-risk", "risk", "rendered/hml/finance/risk", "ns-risk", "risk", "argocd"],
    ]);
  });

  it("merges a generator's template over spec.template", () => {
    const generators = [
      { git: { repoURL: "r", revision: "main", directories: [{ path: "rendered/hml/autos/*" }], template: { metadata: {}, spec: { project: "special", destination: { namespace: "fixed" } } } } },
    ];
    const { applications } = expandApplicationSet(appSet({ generators }), DIRS);
    expect(applications.map((a) => [a.name, a.project, a.destination.namespace, a.destination.server])).toEqual([
      ["hml-autos-dataeng", "special", "fixed", "https://kubernetes.default.svc"],
      ["hml-autos-ml", "special", "fixed", "https://kubernetes.default.svc"],
    ]);
  });

  it("finds each RollingSync step by the Application's labels", () => {
    const strategy = { type: "RollingSync", rollingSync: { steps: [{ matchExpressions: [{ key: "team", operator: "In", values: ["ml"] }] }, { matchExpressions: [{ key: "team", operator: "NotIn", values: ["risk"] }] }] } };
    const { applications } = expandApplicationSet(appSet({ strategy }), DIRS);
    expect(applications.map((a) => [a.name, a.step])).toEqual([
      ["hml-autos-dataeng", 2],
      ["hml-autos-ml", 1],
      ["hml-finance-risk", undefined],
    ]);
  });

  it.each([
    ["goTemplate off", { goTemplate: false }, "unsupported", ["spec", "goTemplate"]],
    ["a list generator", { generators: [{ list: { elements: [] } }] }, "unsupported", ["spec", "generators", 0]],
    ["a git files generator", { generators: [{ git: { repoURL: "r", files: [{ path: "x.json" }] } }] }, "unsupported", ["spec", "generators", 0]],
    ["templatePatch", { templatePatch: "spec: {}" }, "unsupported", ["spec", "templatePatch"]],
    ["a RollingSync operator Argo CD lacks", { strategy: { type: "RollingSync", rollingSync: { steps: [{ matchExpressions: [{ key: "a", operator: "Exists" }] }] } } }, "unsupported", ["spec", "strategy", "rollingSync", "steps", 0, "matchExpressions", 0, "operator"]],
    ["a malformed directory pattern", { generators: [{ git: { repoURL: "r", directories: [{ path: "rendered/hml/[" }] } }] }, "error", ["spec", "generators", 0, "git", "directories", 0, "path"]],
    ["no directories", { generators: [{ git: { repoURL: "r", directories: [] } }] }, "error", ["spec", "generators", 0, "git"]],
  ])("reports %s", (_name, spec, kind, path) => {
    const { problems } = expandApplicationSet(appSet(spec), DIRS);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([[kind, path]]);
  });

  it("reports a template error once, at the template field that failed, and skips those Applications", () => {
    const base = appSet({}).spec as { template: { metadata: Record<string, unknown> } };
    const template = { ...base.template, metadata: { ...base.template.metadata, name: "{{.path.missing}}" } };
    const { applications, problems } = expandApplicationSet(appSet({ template }), DIRS);
    expect(applications).toEqual([]);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([["error", ["spec", "template", "metadata", "name"]]]);
  });

  it("points a failing generator-template field at the generator", () => {
    const generators = [{ git: { repoURL: "r", directories: [{ path: "rendered/hml/*/*" }], template: { metadata: {}, spec: { project: "{{index .path.segments 9}}" } } } }];
    const { problems } = expandApplicationSet(appSet({ generators }), DIRS);
    expect(problems.map((p) => p.path)).toEqual([["spec", "generators", 0, "git", "template", "spec", "project"]]);
  });
});
