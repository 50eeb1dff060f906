// The registry of diagnostic codes. Codes are stable and never reused: once
// published, a code keeps its meaning forever (retired codes stay listed).
import type { Severity } from "./diagnostic.js";

export interface CodeInfo {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly help: string;
}

const entries: CodeInfo[] = [
  // Reading and parsing input.
  { code: "YAML001", name: "yaml-syntax", severity: "error", summary: "YAML syntax error", help: "The file is not valid YAML. Fix the syntax at the position shown." },
  { code: "YAML002", name: "duplicate-key", severity: "error", summary: "Duplicate mapping key", help: "A key appears twice in the same mapping; YAML tools disagree on which value wins, so pipeforge refuses both." },
  { code: "YAML003", name: "yaml-alias-limit", severity: "error", summary: "Too many or too deep YAML aliases", help: "Alias expansion is bounded to keep the compiler safe from alias bombs. Write the values out." },
  { code: "YAML004", name: "file-too-large", severity: "error", summary: "File over the size limit", help: "Spec files larger than the limit are refused; split the file." },
  { code: "YAML005", name: "invalid-encoding", severity: "error", summary: "File is not valid UTF-8", help: "Save the file as UTF-8." },
  { code: "YAML006", name: "not-a-mapping", severity: "error", summary: "Document is not a mapping", help: "Every document must be a mapping with apiVersion and kind." },
  { code: "YAML007", name: "non-string-key", severity: "error", summary: "Mapping key is not a string", help: "Kubernetes objects only have string keys; quote the key." },
  // Repository layout.
  { code: "LAYOUT001", name: "misplaced-file", severity: "error", summary: "File in the wrong place", help: "Specs live at environments/<env>/environment.yaml, environments/<env>/<bu>/businessunit.yaml, environments/<env>/<bu>/<team>/team.yaml and environments/<env>/<bu>/<team>/**/*.yaml; policies in policies/*.yaml." },
  { code: "LAYOUT002", name: "unknown-kind", severity: "error", summary: "Unknown pipeforge kind", help: "pipeforge.io/v1alpha1 kinds are Repository, Environment, BusinessUnit, Team, Pipeline and Policy." },
  { code: "LAYOUT003", name: "missing-apiversion-kind", severity: "error", summary: "Document without apiVersion or kind", help: "Every document needs apiVersion and kind so pipeforge knows what it is." },
  { code: "LAYOUT004", name: "kind-in-wrong-file", severity: "error", summary: "Kind not allowed in this file", help: "Environment goes in environment.yaml, BusinessUnit in businessunit.yaml, Team in team.yaml, Repository in pipeforge.yaml, Policy under policies/." },
  { code: "LAYOUT005", name: "missing-team-file", severity: "error", summary: "Team folder without team.yaml", help: "Every team folder needs a team.yaml (kind: Team) declaring at least its owners." },
  { code: "LAYOUT006", name: "missing-environment-file", severity: "error", summary: "Environment folder without environment.yaml", help: "Every environment needs environment.yaml (kind: Environment) with its cluster." },
  { code: "LAYOUT007", name: "symlink-outside", severity: "error", summary: "Symlink points outside the repository", help: "pipeforge does not follow links out of the repository." },
  { code: "LAYOUT008", name: "duplicate-kind-document", severity: "error", summary: "Kind declared twice for one scope", help: "A scope (repository, environment, business unit, team) is declared by exactly one document." },
  { code: "LAYOUT009", name: "name-mismatch", severity: "warning", summary: "metadata.name differs from the folder name", help: "The folder name is the identity; metadata.name, when set, must agree with it." },
  // Spec schemas.
  { code: "SPEC001", name: "schema-violation", severity: "error", summary: "Spec does not match its schema", help: "The value does not match the JSON Schema of its kind; run `pipeforge schema` to see the reference." },
  { code: "SPEC002", name: "unknown-field", severity: "error", summary: "Unknown field", help: "The field is not part of the kind; check the spelling (a suggestion is shown when one is close)." },
  { code: "SPEC003", name: "missing-field", severity: "error", summary: "Required field missing", help: "Add the required field." },
  { code: "SPEC004", name: "unsupported-apiversion", severity: "error", summary: "Unsupported pipeforge apiVersion", help: "This version of pipeforge reads pipeforge.io/v1alpha1." },
  // Semantics.
  { code: "SEM001", name: "duplicate-pipeline", severity: "error", summary: "Two pipelines share a name in one team", help: "Pipeline names are unique within a team." },
  { code: "SEM002", name: "duplicate-task", severity: "error", summary: "Two tasks share a name in one pipeline", help: "Task names are unique within a pipeline." },
  { code: "SEM003", name: "unknown-dependency", severity: "error", summary: "dependsOn names no task of this pipeline", help: "dependsOn lists names of tasks in the same pipeline." },
  { code: "SEM004", name: "task-cycle", severity: "error", summary: "Task dependencies form a cycle", help: "A pipeline's tasks must form a DAG; break the cycle named in the message." },
  { code: "SEM005", name: "unknown-trigger-target", severity: "error", summary: "after: names no pipeline", help: "after: takes `name` (same team), `team/name` (same business unit) or `bu/team/name` (same environment)." },
  { code: "SEM006", name: "cross-environment-trigger", severity: "error", summary: "Trigger reaches into another environment", help: "Pipelines can only be triggered by pipelines of the same environment." },
  { code: "SEM007", name: "pipeline-cycle", severity: "error", summary: "Pipeline triggers form a cycle", help: "after: triggers across pipelines must not form a cycle; it would run forever." },
  { code: "SEM008", name: "invalid-cron", severity: "error", summary: "Invalid cron schedule", help: "Use a 5-field cron expression (minute hour day month weekday) or a macro such as @daily; put the time zone in `timezone`." },
  { code: "SEM009", name: "invalid-timezone", severity: "error", summary: "Unknown time zone", help: "Use an IANA time zone name such as America/Sao_Paulo or UTC." },
  { code: "SEM010", name: "invalid-duration", severity: "error", summary: "Invalid duration", help: "Durations look like 30s, 15m, 2h, 1h30m or 1d." },
  { code: "SEM011", name: "invalid-quantity", severity: "error", summary: "Invalid Kubernetes quantity", help: "Container resources use Kubernetes quantities: cpu 500m or 2, memory 512Mi or 4Gi." },
  { code: "SEM012", name: "invalid-spark-memory", severity: "error", summary: "Invalid Spark memory", help: "Spark memory uses JVM notation: 512m, 4g." },
  { code: "SEM013", name: "invalid-name", severity: "error", summary: "Name is not a valid Kubernetes name", help: "Names are lowercase DNS-1123 labels: a-z, 0-9 and '-', starting and ending alphanumeric." },
  { code: "SEM014", name: "name-too-long", severity: "error", summary: "Name too long after Argo's or Spark's suffixes", help: "Argo and the Spark operator append suffixes to the names pipeforge emits; shorten the name." },
  { code: "SEM015", name: "quota-suspicious", severity: "warning", summary: "Suspicious resource quantity", help: "The quantity parses but is almost certainly a mistake (such as memory: 512m, which is half a byte)." },
  { code: "SEM016", name: "duplicate-manifest", severity: "error", summary: "Two manifests of a team share kind and name", help: "Plain manifests and compiled ones must not collide." },
  { code: "SEM017", name: "namespace-collision", severity: "error", summary: "Two teams share a namespace", help: "Every team needs its own namespace; check namespaceTemplate and Team.spec.namespace." },
  { code: "SEM018", name: "foreign-namespace", severity: "warning", summary: "Plain manifest names another namespace", help: "Plain manifests in a team folder are forced into the team's namespace." },
  { code: "SEM019", name: "cluster-scoped-manifest", severity: "error", summary: "Cluster-scoped manifest in a team folder", help: "Teams may only ship namespaced resources; cluster-scoped ones belong to the platform." },
  { code: "SEM020", name: "unknown-promotion-source", severity: "error", summary: "promotion.after names no environment", help: "promotion.after names another environment of this repository." },
  { code: "SEM021", name: "empty-dag", severity: "error", summary: "Pipeline without tasks", help: "A pipeline needs at least one task." },
  { code: "SEM022", name: "spark-resources-missing", severity: "error", summary: "Spark task without image, version or sizes", help: "Spark tasks need image, sparkVersion, driver and executor settings, set on the task or inherited from defaults.spark." },
  { code: "SEM023", name: "task-type", severity: "error", summary: "Task must have exactly one of spark, container, script", help: "Each task runs exactly one thing." },
  { code: "SEM024", name: "promotion-cycle", severity: "error", summary: "Environment promotion order has a cycle", help: "promotion.after links must form chains (hml → stg → prd), never a loop." },
  { code: "SEM025", name: "env-source-conflict", severity: "error", summary: "Environment variable with more than one source", help: "An env entry has exactly one of value, secret or configMap." },
  // Rendering and emitted manifests.
  { code: "TPL001", name: "template-error", severity: "error", summary: "Template failed to compile or render", help: "A template in templates/ has an error; bundled templates are tested, so check your overrides." },
  { code: "TPL002", name: "unsafe-interpolation", severity: "error", summary: "Template interpolates a value without the json helper", help: "Write every value as {{json value}} so spec values can never change the YAML structure; emit Argo expressions as \\{{...}}." },
  { code: "TPL003", name: "rendered-not-yaml", severity: "error", summary: "Template produced invalid YAML", help: "The rendered text did not parse as YAML; check the template around the reported value." },
  { code: "MAN001", name: "manifest-schema", severity: "error", summary: "Manifest does not match its Kubernetes or CRD schema", help: "The manifest fails offline validation against the bundled schemas." },
  { code: "MAN002", name: "missing-schema", severity: "error", summary: "No schema for kind", help: "Add the CRD through pipeforge.yaml spec.schemas or --schema-location, or pass --ignore-missing-schemas." },
  // Build output.
  { code: "OUT001", name: "stale-output", severity: "error", summary: "Committed output is stale", help: "Run `pipeforge build` and commit the result." },
  { code: "OUT002", name: "foreign-output-dir", severity: "error", summary: "Output directory was not created by pipeforge", help: "pipeforge only writes into a directory it created (it holds a .pipeforge-output marker). Choose another --out or remove the directory yourself." },
  { code: "OUT003", name: "output-collision", severity: "error", summary: "Two manifests map to one output file", help: "Two emitted objects would be written to the same path." },
];

const byCode = new Map(entries.map((e) => [e.code, e]));

export type Code = string;

export function codeInfo(code: Code): CodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`unregistered diagnostic code ${code}`);
  return info;
}

export function allCodes(): readonly CodeInfo[] {
  return entries;
}

export function registerCodes(more: readonly CodeInfo[]): void {
  for (const e of more) {
    if (byCode.has(e.code)) throw new Error(`diagnostic code ${e.code} registered twice`);
    entries.push(e);
    byCode.set(e.code, e);
  }
}
