// The five compiled kinds. Field names here are the user-facing contract
// (see DESIGN.md): add fields freely, never rename or drop one.
import { kindSchema, map, obj, ref, str, type JsonSchema } from "./common.js";

export const repositorySchema = kindSchema(
  "Repository",
  "Repository-wide settings, in pipeforge.yaml at the root. Optional: defaults apply.",
  obj("Repository settings.", {
    repoURL: str("Git URL Argo CD reads this repository from."),
    targetRevision: str("Branch or tag Argo CD follows (default main)."),
    mode: { type: "string", enum: ["rendered", "plugin"], description: "rendered: ApplicationSets point at the committed rendered/ tree; plugin: they use the pipeforge Config Management Plugin." },
    output: str("Folder `pipeforge build` writes (default rendered)."),
    argocd: obj("Argo CD settings.", {
      namespace: str("Namespace Argo CD runs in (default argocd)."),
      plugin: obj("The Config Management Plugin.", { name: str("Plugin name as installed (default pipeforge).") }),
    }),
    targets: obj("Upstream versions the emitted manifests must fit.", {
      argoWorkflows: { type: "string", enum: ["4", "3.7"], description: "Argo Workflows schema line (default 4)." },
    }),
    schemas: { type: "array", items: { type: "string" }, description: "Extra CRD files or JSON-schema folders, relative to the repository root, for plain manifests of other kinds." },
  }),
  "Ignored; a repository has one Repository document.",
  false,
);

export const environmentSchema = kindSchema(
  "Environment",
  "An environment: environments/<env>/environment.yaml.",
  obj(
    "Environment settings.",
    {
      cluster: str("Kubernetes API server URL Argo CD deploys this environment to: https://kubernetes.default.svc."),
      namespaceTemplate: str("Team namespace name pattern with {{env}}, {{bu}} and {{team}} (default {{env}}-{{bu}}-{{team}})."),
      promotion: obj("Promotion order between environments.", { after: str("Environment that must sync first (RollingSync order).") }),
      labels: ref("labels"),
      defaults: { $ref: "common.json#/definitions/defaults" },
    },
    { required: ["cluster"] },
  ),
  "The environment name; must equal the folder name when set.",
);

export const businessUnitSchema = kindSchema(
  "BusinessUnit",
  "A business unit: environments/<env>/<bu>/businessunit.yaml (optional).",
  obj("Business unit settings.", {
    labels: { ...ref("labels"), description: "Labels such as cost-center, put on every team namespace below." },
    defaults: { $ref: "common.json#/definitions/defaults" },
  }),
  "The business unit name; must equal the folder name when set.",
  false,
);

export const teamSchema = kindSchema(
  "Team",
  "A team: environments/<env>/<bu>/<team>/team.yaml.",
  obj(
    "Team settings.",
    {
      owners: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "Who answers for this team's pipelines (e-mail or group)." },
      namespace: str("Namespace override; default from the environment's namespaceTemplate."),
      quota: obj("ResourceQuota for the team namespace.", {
        cpu: { type: ["string", "number"], description: "Total CPU requests: 40." },
        memory: str("Total memory requests: 160Gi."),
        pods: { type: "integer", minimum: 1, description: "Maximum pods." },
      }),
      labels: ref("labels"),
      defaults: { $ref: "common.json#/definitions/defaults" },
    },
    { required: ["owners"] },
  ),
  "The team name; must equal the folder name when set.",
);

const envVar = obj(
  "An environment variable: a literal value or a reference to a Secret or ConfigMap key.",
  {
    name: str("Variable name."),
    value: str("Literal value (never a secret: use secret)."),
    secret: obj("Value from a Secret key.", { name: str("Secret name."), key: str("Key in the Secret.") }, { required: ["name", "key"] }),
    configMap: obj("Value from a ConfigMap key.", { name: str("ConfigMap name."), key: str("Key in the ConfigMap.") }, { required: ["name", "key"] }),
  },
  { required: ["name"] },
);
const strings = (description: string): JsonSchema => ({ type: "array", items: { type: "string" }, description });

const task = obj(
  "One step of the pipeline's DAG: exactly one of spark, container or script.",
  {
    name: str("Task name: lowercase DNS-1123 label, unique in the pipeline."),
    description: str("What the task does."),
    dependsOn: strings("Names of tasks that must succeed first."),
    spark: obj(
      "Run a SparkApplication and wait for it.",
      {
        type: { type: "string", enum: ["Scala", "Java", "Python", "R"], description: "Application language." },
        mainClass: str("Entry class (Scala/Java)."),
        mainApplicationFile: str("The jar or script: local:///opt/spark/examples/jars/spark-examples.jar."),
        arguments: strings("Application arguments."),
        mode: { type: "string", enum: ["cluster", "client"], description: "Deploy mode (default cluster)." },
        pythonVersion: { type: "string", enum: ["2", "3"], description: "Python major version (Python apps)." },
        image: str("Spark image; inherits defaults.spark.image."),
        sparkVersion: str("Spark version; inherits defaults.spark.sparkVersion."),
        imagePullPolicy: { type: "string", enum: ["Always", "IfNotPresent", "Never"], description: "Image pull policy." },
        driver: ref("sparkPod"),
        executor: ref("sparkPod"),
        sparkConf: map("Extra Spark configuration."),
        timeToLiveSeconds: { type: "integer", minimum: 1, description: "Delete the SparkApplication this long after it finishes." },
      },
      { required: ["type", "mainApplicationFile"] },
    ),
    container: obj(
      "Run a container.",
      {
        image: str("Image, pinned: alpine:3.20."),
        command: strings("Entrypoint."),
        args: strings("Arguments."),
        env: { type: "array", items: envVar, description: "Environment variables." },
        resources: ref("resources"),
        workingDir: str("Working directory."),
      },
      { required: ["image"] },
    ),
    script: obj(
      "Run a script in an image.",
      {
        image: str("Image with the interpreter: python:3.12-alpine."),
        source: str("Script text."),
        command: strings("Interpreter, required by Argo for scripts: [python] or [sh]."),
        env: { type: "array", items: envVar, description: "Environment variables." },
        resources: ref("resources"),
      },
      { required: ["image", "source", "command"] },
    ),
    retries: ref("retries"),
    timeout: ref("duration"),
    scheduling: ref("scheduling"),
  },
  { required: ["name"] },
);

const trigger = obj("What starts the pipeline besides its schedule: exactly one of after or webhook.", {
  after: str("Another pipeline: name (same team), team/name (same business unit) or bu/team/name (same environment)."),
  on: { ...ref("runPhase"), description: "Which outcome of the upstream run triggers (default Succeeded)." },
  webhook: obj(
    "An HTTP endpoint on the team's webhook EventSource.",
    {
      endpoint: str("Path such as /orders."),
      method: { type: "string", enum: ["POST", "PUT"], description: "HTTP method (default POST)." },
    },
    { required: ["endpoint"] },
  ),
});

export const pipelineSchema = kindSchema(
  "Pipeline",
  "A pipeline: any other YAML file in a team folder with kind: Pipeline. Scheduled pipelines become CronWorkflows, others WorkflowTemplates; triggers add a Sensor.",
  obj(
    "Pipeline definition.",
    {
      schedule: str("Cron schedule (5 fields or a macro such as @daily); none means manual or triggered."),
      timezone: str("IANA time zone of the schedule; inherits defaults.timezone."),
      suspend: { type: "boolean", description: "Create the CronWorkflow suspended." },
      concurrency: ref("concurrency"),
      history: ref("history"),
      timeout: ref("duration"),
      ttl: ref("ttl"),
      podGC: ref("podGC"),
      parallelism: { type: "integer", minimum: 1, maximum: 2_147_483_647, description: "At most this many tasks at once." },
      triggers: { type: "array", items: trigger, description: "Events that start a run." },
      notify: { type: "array", items: ref("runPhase"), uniqueItems: true, description: "Outcomes announced to dependent pipelines and the team's event bus." },
      parameters: {
        type: "array",
        description: "Workflow parameters.",
        items: obj(
          "A workflow parameter.",
          {
            name: str("Parameter name: letters, digits, '-' and '_'."),
            value: str("Default value (a string: quote numbers)."),
            description: str("What it means."),
            enum: strings("Allowed values."),
          },
          { required: ["name"] },
        ),
      },
      labels: ref("labels"),
      retries: ref("retries"),
      scheduling: ref("scheduling"),
      resources: ref("resources"),
      spark: ref("spark"),
      tasks: { type: "array", items: task, description: "The DAG's tasks (at least one)." },
    },
    { required: ["tasks"] },
  ),
  "Pipeline name: lowercase DNS-1123 label, unique in the team; defaults to the file name.",
);

export const specSchemas: Readonly<Record<string, JsonSchema>> = {
  Repository: repositorySchema,
  Environment: environmentSchema,
  BusinessUnit: businessUnitSchema,
  Team: teamSchema,
  Pipeline: pipelineSchema,
};
