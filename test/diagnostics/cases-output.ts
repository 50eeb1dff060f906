// Fixtures for repository template overrides (TPL*) and emitted-object
// collisions (OUT003). Template findings found by reading a template point
// into it; those found while rendering point at the spec being rendered.
import { at, lines, PIPE, TEAM, TEAM_DIR, type CodeCase } from "./repo.js";

const NAMESPACE_TEMPLATE = "templates/namespace.yaml.hbs";
const namespaceTemplate = (...body: string[]): string => lines("apiVersion: v1", "kind: Namespace", "metadata:", ...body);
const EXTRA = `${TEAM_DIR}/extra`;

export const templateCases: readonly CodeCase[] = [
  {
    code: "TPL001",
    name: "unknown block helper",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{json namespace}}", "{{#repeat 2}}", "  labels: {{json labels}}", "{{/repeat}}") },
    expected: [at("TPL001", NAMESPACE_TEMPLATE, 5, 1)],
  },
  {
    code: "TPL001",
    name: "sub-expression",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{json (lookup . 'namespace')}}") },
    expected: [at("TPL001", NAMESPACE_TEMPLATE, 4, 16)],
  },
  {
    code: "TPL001",
    name: "value missing from the view model",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{json nosuch}}") },
    // Found while rendering the team's namespace: reported at the team.
    expected: [at("TPL001", TEAM, 2, 7)],
  },
  {
    code: "TPL002",
    name: "bare interpolation",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{namespace}}") },
    expected: [at("TPL002", NAMESPACE_TEMPLATE, 4, 9)],
  },
  {
    code: "TPL002",
    name: "triple-stash",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{{namespace}}}") },
    expected: [at("TPL002", NAMESPACE_TEMPLATE, 4, 9)],
  },
  {
    code: "TPL003",
    name: "namespace template renders an unclosed flow sequence",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{json namespace}}", "  labels: [") },
    expected: [at("TPL003", TEAM, 2, 7)],
  },
  {
    code: "TPL003",
    name: "cronworkflow template renders a bad indentation",
    files: { "templates/cronworkflow.yaml.hbs": lines("apiVersion: argoproj.io/v1alpha1", "kind: CronWorkflow", "metadata:", "    name: {{json name}}", "  namespace: {{json namespace}}") },
    // Found while rendering the pipeline: reported at its metadata.name.
    expected: [at("TPL003", PIPE, 4, 9)],
  },
  {
    code: "TPL003",
    name: "namespace template holds an alias inside the node it names",
    files: { [NAMESPACE_TEMPLATE]: namespaceTemplate("  name: {{json namespace}}", "  annotations: &a {self: *a}") },
    expected: [at("TPL003", TEAM, 2, 7)],
  },
];

export const outputCases: readonly CodeCase[] = [
  {
    code: "OUT003",
    name: "same kind and name under two apiVersions",
    files: {
      [`${EXTRA}/a.yaml`]: lines("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: shared"),
      [`${EXTRA}/b.yaml`]: lines("apiVersion: example.com/v1", "kind: ConfigMap", "metadata:", "  name: shared"),
    },
    expected: [at("OUT003", `${EXTRA}/b.yaml`, 4, 9)],
  },
];
