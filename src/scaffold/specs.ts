// The spec files pipeforge scaffolds, as text: commented for a newcomer,
// each with its editor modeline, each valid as written. Pure.
import { modeline } from "./modeline.js";
import type { Scope } from "./scope.js";

export type { Scope };

export interface PipelineScaffold extends Scope {
  readonly name: string;
  readonly schedule?: string;
  readonly spark?: boolean;
}

const q = (s: string) => JSON.stringify(s);
const text = (lines: readonly string[]) => lines.join("\n") + "\n";

export const repositoryPath = "pipeforge.yaml";
export const environmentPath = (s: Pick<Scope, "env">) => `environments/${s.env}/environment.yaml`;
export const businessUnitPath = (s: Pick<Scope, "env" | "bu">) => `environments/${s.env}/${s.bu}/businessunit.yaml`;
export const teamPath = (s: Scope) => `environments/${s.env}/${s.bu}/${s.team}/team.yaml`;
export const pipelinePath = (p: PipelineScaffold) => `environments/${p.env}/${p.bu}/${p.team}/${p.name}.yaml`;

export function repositorySpec(repoURL: string | undefined): string {
  return text([
    modeline("Repository", repositoryPath),
    "# Repository-wide settings. Argo CD reads this repository from repoURL at",
    "# targetRevision. mode: rendered means `pipeforge build` writes the manifests",
    "# into output/ and you commit them; mode: plugin means Argo CD renders them",
    "# itself through the pipeforge Config Management Plugin (see cmp/).",
    "apiVersion: pipeforge.io/v1alpha1",
    "kind: Repository",
    "spec:",
    repoURL === undefined ? "  # repoURL: https://git.example.com/data/pipelines.git   # TODO: the URL Argo CD clones" : `  repoURL: ${q(repoURL)}`,
    "  targetRevision: main",
    "  mode: rendered",
    "  output: rendered",
    "  argocd:",
    "    namespace: argocd",
  ]);
}

export function environmentSpec(s: Pick<Scope, "env">): string {
  return text([
    modeline("Environment", environmentPath(s)),
    `# Environment ${s.env}: the cluster Argo CD deploys it to, how its team`,
    "# namespaces are named, and the defaults every pipeline below inherits",
    "# (business units, teams and pipelines may override them).",
    "apiVersion: pipeforge.io/v1alpha1",
    "kind: Environment",
    "metadata:",
    `  name: ${s.env}`,
    "spec:",
    "  cluster: https://kubernetes.default.svc",
    `  namespaceTemplate: ${q("{{env}}-{{bu}}-{{team}}")}`,
    "  defaults:",
    "    timezone: UTC",
    "    ttl: {afterSuccess: 1h, afterFailure: 1d}",
    "    podGC: {strategy: OnPodCompletion}",
    "    timeout: 1h",
    "    retries: {limit: 2, backoff: 30s}",
    "    resources:",
    "      requests: {cpu: 100m, memory: 128Mi}",
    "      limits: {cpu: 500m, memory: 512Mi}",
    "    spark:",
    `      image: ${q("spark:3.5.3")}`,
    `      sparkVersion: ${q("3.5.3")}`,
    "      driver: {cores: 1, memory: 512m}",
    "      executor: {instances: 1, cores: 1, memory: 512m}",
  ]);
}

export function businessUnitSpec(s: Pick<Scope, "env" | "bu">): string {
  return text([
    modeline("BusinessUnit", businessUnitPath(s)),
    `# Business unit ${s.bu}: its labels go on every team namespace below.`,
    "apiVersion: pipeforge.io/v1alpha1",
    "kind: BusinessUnit",
    "metadata:",
    `  name: ${s.bu}`,
    "spec:",
    "  labels:",
    "    cost-center: cc-0000   # TODO: your cost center",
  ]);
}

export function teamSpec(s: Scope): string {
  return text([
    modeline("Team", teamPath(s)),
    `# Team ${s.team}: who owns the pipelines in this folder, and the quota of`,
    `# its namespace (${s.env}-${s.bu}-${s.team} by the environment's namespaceTemplate).`,
    "apiVersion: pipeforge.io/v1alpha1",
    "kind: Team",
    "metadata:",
    `  name: ${s.team}`,
    "spec:",
    "  owners:",
    `    - ${s.team}@example.com   # TODO: the team's address or group`,
    "  quota:",
    `    cpu: ${q("8")}`,
    "    memory: 32Gi",
  ]);
}

export function pipelineSpec(p: PipelineScaffold): string {
  const tasks = p.spark
    ? [
        "    - name: spark-pi",
        "      description: Run SparkPi; image, version and sizes come from defaults.spark.",
        "      spark:",
        "        type: Scala",
        "        mainClass: org.apache.spark.examples.SparkPi",
        "        mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar",
        `        arguments: [${q("100")}]`,
        "    - name: report",
        "      dependsOn: [spark-pi]",
        ...containerTask(p.name),
      ]
    : ["    - name: hello", ...containerTask(p.name)];
  return text([
    modeline("Pipeline", pipelinePath(p)),
    `# Pipeline ${p.name} of team ${p.team} (${p.bu}, ${p.env}). ${p.schedule === undefined ? "No schedule: a WorkflowTemplate, started by hand or by triggers." : "Scheduled: a CronWorkflow."}`,
    "apiVersion: pipeforge.io/v1alpha1",
    "kind: Pipeline",
    "metadata:",
    `  name: ${p.name}`,
    `  description: TODO say what ${p.name} does.`,
    "spec:",
    ...(p.schedule === undefined ? [] : [`  schedule: ${q(p.schedule)}   # cron, in defaults.timezone`, "  concurrency: Forbid"]),
    "  tasks:",
    ...tasks,
  ]);
}

function containerTask(name: string): string[] {
  return ["      container:", `        image: ${q("alpine:3.20")}`, "        command: [sh, -c]", `        args: [${q(`echo hello from ${name}`)}]`];
}
