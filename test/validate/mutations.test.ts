import { describe, expect, it } from "vitest";
import { createSchemaRegistry, validateManifest, type ManifestCheck } from "../../src/validate/index.js";
import { valueAt } from "../../src/validate/json.js";
import { located, yaml } from "./helpers.js";

// Valid manifests, each broken one way: the validator must reject the break at the right path
// with the right keyword. One registry for the file: each schema compiles once.

const registry = createSchemaRegistry({ argoWorkflows: "4" });

const SPARK_TASK = `apiVersion: sparkoperator.k8s.io/v1beta2
kind: SparkApplication
metadata:
  name: spark-{{workflow.name}}
spec:
  type: Scala
  mode: cluster
  image: spark:3.5.3
  mainClass: org.apache.spark.examples.SparkPi
  mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
  sparkVersion: 3.5.3
  arguments: ["{{inputs.parameters.n}}"]
  driver: {cores: 1, memory: 512m, serviceAccount: spark}
  executor: {instances: {{inputs.parameters.executors}}, cores: 1, memory: 512m}
`;

const BASES: Record<string, unknown> = {
  cron: {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "CronWorkflow",
    metadata: { name: "orders-daily", labels: { team: "dataeng" } },
    spec: {
      schedules: ["0 3 * * *"],
      timezone: "America/Sao_Paulo",
      concurrencyPolicy: "Forbid",
      workflowSpec: {
        entrypoint: "main",
        arguments: { parameters: [{ name: "day", value: "2024-01-01" }] },
        templates: [
          { name: "main", dag: { tasks: [{ name: "extract", template: "spark" }, { name: "predict", template: "predict", depends: "extract" }] } },
          {
            name: "spark",
            resource: { action: "create", setOwnerReference: true, successCondition: "status.applicationState.state == COMPLETED", manifest: SPARK_TASK },
          },
          { name: "predict", container: { image: "alpine:3.20", resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: 1, memory: "512Mi" } } } },
        ],
      },
    },
  },
  spark: { ...(yaml(SPARK_TASK.replace(/\{\{[^}]*\}\}/g, "x").replace("instances: x", "instances: 2")) as object) },
  configmap: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", namespace: "team-a" }, data: { mode: "batch" } },
  secret: { apiVersion: "v1", kind: "Secret", metadata: { name: "db" }, type: "Opaque", data: { password: "c2VjcmV0" } },
  service: { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { ports: [{ port: 80, targetPort: 8080 }] } },
  rolebinding: {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: "runner" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "runner" },
    subjects: [{ kind: "ServiceAccount", name: "runner" }],
  },
  sensor: {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Sensor",
    metadata: { name: "orders" },
    spec: {
      dependencies: [{ name: "done", eventSourceName: "webhook", eventName: "orders" }],
      triggers: [{ template: { name: "run", http: { url: "http://example.com" } } }],
    },
  },
  appset: {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet",
    metadata: { name: "hml" },
    spec: {
      goTemplate: true,
      generators: [{ list: { elements: [{ team: "dataeng" }] } }],
      syncPolicy: { applicationsSync: "create-update" },
      template: {
        metadata: { name: "{{.team}}" },
        spec: { project: "default", source: { repoURL: "https://git.example.com/x.git", path: "rendered/{{.team}}" }, destination: { server: "https://kubernetes.default.svc", namespace: "{{.team}}" } },
      },
    },
  },
};

type Path = Array<string | number>;
type Edit = { set: Path; value: unknown } | { remove: Path } | { text: Path; edit: (text: string) => string };
type Mutation = [name: string, base: string, edit: Edit, expected: Array<[string, string]>];

const set = (path: string, value: unknown): Edit => ({ set: toPath(path), value });
const remove = (path: string): Edit => ({ remove: toPath(path) });
const SPARK_PATH = "spec.workflowSpec.templates.1.resource.manifest";
const editSpark = (edit: (text: string) => string): Edit => ({ text: toPath(SPARK_PATH), edit });

function toPath(dotted: string): Path {
  return dotted.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const WF = "spec.workflowSpec";
const SPARK_IN_WF = SPARK_PATH;

const MUTATIONS: Mutation[] = [
  ["unknown field", "cron", set(`${WF}.templates.2.container.imagee`, "x"), [[`${WF}.templates.2.container.imagee`, "additionalProperties"]]],
  ["unknown metadata field (ObjectMeta is checked)", "cron", set("metadata.lables", {}), [["metadata.lables", "additionalProperties"]]],
  ["wrong type", "cron", set(`${WF}.parallelism`, "two"), [[`${WF}.parallelism`, "type"]]],
  ["number where Argo wants a string", "cron", set(`${WF}.arguments.parameters.0.value`, 3), [[`${WF}.arguments.parameters.0.value`, "type"]]],
  ["missing required field", "cron", remove(WF), [["spec", "required"]]],
  ["bad enum", "cron", set("spec.concurrencyPolicy", "Sometimes"), [["spec.concurrencyPolicy", "enum"]]],
  ["bad quantity string", "cron", set(`${WF}.templates.2.container.resources.limits.cpu`, "1 core"), [[`${WF}.templates.2.container.resources.limits.cpu`, "pattern"]]],
  ["int-or-string of the wrong type: one issue", "cron", set(`${WF}.templates.2.container.resources.requests.cpu`, true), [[`${WF}.templates.2.container.resources.requests.cpu`, "type"]]],
  ["6-field cron expression", "cron", set("spec.schedules", ["0 0 3 * * *"]), [["spec.schedules.0", "pattern"]]],
  ["underscore in a DAG task name", "cron", set(`${WF}.templates.0.dag.tasks.0.name`, "ex_tract"), [[`${WF}.templates.0.dag.tasks.0.name`, "pattern"]]],
  ["empty schedules", "cron", set("spec.schedules", []), [["spec.schedules", "minItems"]]],
  ["bad resource action", "cron", set(`${WF}.templates.1.resource.action`, "upsert"), [[`${WF}.templates.1.resource.action`, "enum"]]],
  ["embedded SparkApplication: wrong type", "cron", editSpark((s) => s.replace("cores: 1, memory: 512m, serviceAccount", 'cores: "one", memory: 512m, serviceAccount')), [[`${SPARK_IN_WF}.spec.driver.cores`, "type"]]],
  ["embedded SparkApplication: missing field", "cron", editSpark((s) => s.replace(/ {2}mainApplicationFile: .*\n/, "")), [[`${SPARK_IN_WF}.spec`, "required"]]],
  ["embedded SparkApplication: bad enum", "cron", editSpark((s) => s.replace("type: Scala", "type: Go")), [[`${SPARK_IN_WF}.spec.type`, "enum"]]],
  ["embedded SparkApplication: unknown field", "cron", editSpark((s) => s.replace("mode: cluster", "mode: cluster\n  restartPolcy: {type: Never}")), [[`${SPARK_IN_WF}.spec.restartPolcy`, "additionalProperties"]]],
  ["embedded manifest: broken YAML", "cron", editSpark((s) => `${s}  driver: [\n`), [[SPARK_IN_WF, "yaml"]]],
  ["SparkApplication: cores as string", "spark", set("spec.executor.cores", "1"), [["spec.executor.cores", "type"]]],
  ["SparkApplication: instances below minimum", "spark", set("spec.executor.instances", 0), [["spec.executor.instances", "minimum"]]],
  ["SparkApplication: sparkConf value not a string", "spark", set("spec.sparkConf", { "spark.executor.cores": 2 }), [["spec.sparkConf.spark.executor.cores", "type"]]],
  ["ConfigMap: data value not a string", "configmap", set("data.retries", 3), [["data.retries", "type"]]],
  ["ConfigMap: unknown top-level field", "configmap", set("datas", {}), [["datas", "additionalProperties"]]],
  ["ConfigMap: wrong apiVersion casing is another kind", "configmap", set("metadata.name", 5), [["metadata.name", "type"]]],
  ["Secret: data not base64", "secret", set("data.password", "not base64!"), [["data.password", "format"]]],
  ["Service: targetPort neither int nor string", "service", set("spec.ports.0.targetPort", true), [["spec.ports.0.targetPort", "type"]]],
  ["RoleBinding: missing roleRef", "rolebinding", remove("roleRef"), [["", "required"]]],
  ["Sensor: missing triggers", "sensor", remove("spec.triggers"), [["spec", "required"]]],
  ["Sensor: dependency without eventName", "sensor", remove("spec.dependencies.0.eventName"), [["spec.dependencies.0", "required"]]],
  ["ApplicationSet: bad applicationsSync", "appset", set("spec.syncPolicy.applicationsSync", "always"), [["spec.syncPolicy.applicationsSync", "enum"]]],
  ["ApplicationSet: template without project", "appset", remove("spec.template.spec.project"), [["spec.template.spec", "required"]]],
];

function check(base: string, edit?: Edit): ManifestCheck {
  const manifest = structuredClone(BASES[base]);
  if (edit) apply(manifest, edit);
  return validateManifest(registry, manifest);
}

function apply(manifest: unknown, edit: Edit): void {
  const path = "set" in edit ? edit.set : "remove" in edit ? edit.remove : edit.text;
  const parent = valueAt(manifest, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1) as string | number;
  if ("set" in edit) parent[key] = edit.value;
  else if ("remove" in edit) delete parent[key];
  else parent[key] = edit.edit(String(parent[key]));
}

describe("mutation corpus", () => {
  it.each(Object.keys(BASES))("base %s is valid", (base) => {
    const result = check(base);
    expect(result.errors).toEqual([]);
    expect(result.status).toBe("valid");
  });

  it.each(MUTATIONS)("%s (%s)", (_name, base, mutate, expected) => {
    const result = check(base, mutate);
    expect(located(result)).toEqual(expected);
    expect(result.status).toBe("invalid");
  });

  it("suggests the closest allowed field", () => {
    const result = check("cron", set(`${WF}.templates.2.container.imagee`, "x"));
    expect(result.errors[0]?.params).toMatchObject({ field: "imagee", suggestion: "image" });
    expect(check("cron", set("metadata.lables", {})).errors[0]?.params).toMatchObject({ suggestion: "labels" });
  });

  it("marks issues found inside an embedded manifest", () => {
    const result = check("cron", editSpark((s) => s.replace("type: Scala", "type: Go")));
    expect(result.errors[0]?.embeddedIn).toEqual(["spec", "workflowSpec", "templates", 1, "resource", "manifest"]);
    expect(result.errors[0]?.params).toMatchObject({ allowedValues: ["Java", "Python", "Scala", "R"] });
  });

  it("offers quotes when a string field got a number", () => {
    const [issue] = check("cron", set(`${WF}.arguments.parameters.0.value`, 3)).errors;
    expect(issue?.hint).toContain('"3"');
  });
});

describe("manifest status", () => {
  it.each<[string, ManifestCheck["status"], unknown]>([
    ["a string", "not-a-manifest", "kind: ConfigMap"],
    ["a list", "not-a-manifest", [{ apiVersion: "v1", kind: "ConfigMap" }]],
    ["no apiVersion", "not-a-manifest", { kind: "ConfigMap" }],
    ["no kind", "not-a-manifest", { apiVersion: "v1" }],
    ["unknown kind", "missing-schema", { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }],
    ["kind known under another apiVersion", "missing-schema", { apiVersion: "apps/v1beta1", kind: "Deployment" }],
  ])("%s → %s", (_name, status, manifest) => {
    expect(validateManifest(registry, manifest).status).toBe(status);
  });
});

describe("null values", () => {
  it("drops a null on a non-nullable field, as the API server does", () => {
    const result = check("spark", set("spec.mainClass", null));
    expect(result.status).toBe("valid");
    expect(result.droppedNulls).toEqual([["spec", "mainClass"]]);
  });

  it("a required field that is null is then missing", () => {
    const result = check("spark", set("spec.type", null));
    expect(located(result)).toEqual([["spec", "required"]]);
    expect(result.droppedNulls).toEqual([["spec", "type"]]);
  });

  it("keeps nulls the schema allows (Kubernetes core fields are nullable)", () => {
    const result = check("configmap", set("metadata.namespace", null));
    expect(result.status).toBe("valid");
    expect(result.droppedNulls).toEqual([]);
  });

  it("does not touch the caller's manifest", () => {
    const manifest = structuredClone(BASES.spark);
    apply(manifest, set("spec.mainClass", null));
    validateManifest(registry, manifest);
    expect(valueAt(manifest, ["spec", "mainClass"])).toBeNull();
  });
});

describe("CEL rules", () => {
  // Evaluated since cel.ts: test/cel/ has the rule-by-rule cases.
  it("evaluates the x-kubernetes-validations rules it meets", () => {
    const result = check("cron");
    expect(result.status).toBe("valid");
    expect(result.unevaluatedRules).toBe(0);
    expect(check("configmap").unevaluatedRules).toBe(0);
  });
});
