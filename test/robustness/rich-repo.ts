// A repository in which every string field of every kind is set, each to a
// value unique to it, and reaches the output where the compiler emits it:
// - Environment envq (every field; promotion after environment envd);
// - business unit busa (every field; defaults) with team tmet, whose pipeline
//   consumes the business-unit defaults;
// - business unit buop with team tmcr (every Team field; defaults), holding
//   the full Pipeline (main.yaml) and pipin (which it runs after, and which
//   consumes the team defaults), and team tmwe, whose pipeline consumes the
//   environment defaults.
// Names are short tokens found nowhere else in the output, so that renaming
// one renames exactly it and what refers to it.
// Fields are placed by schema path (template-fields.ts); list items and map
// keys get concrete positions and keys here.
import { stringify } from "yaml";
import { grammarOf, grammars, stringFields, UNTESTABLE, type FieldPath, type GrammarName } from "./template-fields.js";

type Doc = Record<string, unknown>;
export type Docs = Map<string, Doc>;

export interface Field {
  readonly schemaPath: string;
  readonly grammar: GrammarName;
  /** The base value; several fields share one when one names the other (dependsOn, after, folder names). */
  readonly value: string;
}

const API = "pipeforge.io/v1alpha1";
const ENV = "environments/envq/environment.yaml";
const DEV = "environments/envd/environment.yaml";
const BU = "environments/envq/busa/businessunit.yaml";
const TEAM = "environments/envq/buop/tmcr/team.yaml";
const PIPE = "environments/envq/buop/tmcr/main.yaml";

const KIND_FILE: Record<string, string> = { Repository: "pipeforge.yaml", Environment: ENV, BusinessUnit: BU, Team: TEAM, Pipeline: PIPE };

/** A consumer: a Spark task and a container task with nothing of their own, so inherited defaults show. */
const consumer = (name: string): Doc => ({
  apiVersion: API,
  kind: "Pipeline",
  metadata: { name },
  spec: {
    tasks: [
      { name: "spark", spark: { type: "Scala", mainApplicationFile: "local:///opt/consumer.jar" } },
      { name: "plain", dependsOn: ["spark"], container: { image: "alpine:3.20" } },
    ],
  },
});

function skeleton(): Docs {
  const sparkPod = { cores: 1, memory: "512m" };
  /** The integers Spark tasks need, wherever Spark defaults are set (the string fields are added by place()). */
  const sparkSizes = () => ({ spark: { driver: { cores: 1 }, executor: { cores: 1, instances: 1 } } });
  return new Map<string, Doc>([
    ["pipeforge.yaml", { apiVersion: API, kind: "Repository", metadata: {}, spec: { argocd: { plugin: {} } } }],
    [ENV, { apiVersion: API, kind: "Environment", metadata: { name: "envq" }, spec: { promotion: { after: "envd" }, defaults: sparkSizes() } }],
    [DEV, { apiVersion: API, kind: "Environment", spec: { cluster: "https://dev.example.com" } }],
    [BU, { apiVersion: API, kind: "BusinessUnit", metadata: { name: "busa" }, spec: { defaults: sparkSizes() } }],
    ["environments/envq/busa/tmet/team.yaml", { apiVersion: API, kind: "Team", spec: { owners: ["etl@example.com"] } }],
    ["environments/envq/busa/tmet/job.yaml", consumer("pipet")],
    ["environments/envq/buop/businessunit.yaml", { apiVersion: API, kind: "BusinessUnit" }],
    [TEAM, { apiVersion: API, kind: "Team", metadata: { name: "tmcr" }, spec: { quota: { pods: 10 }, defaults: sparkSizes() } }],
    ["environments/envq/buop/tmcr/upstream.yaml", consumer("pipin")],
    ["environments/envq/buop/tmwe/team.yaml", { apiVersion: API, kind: "Team", spec: { owners: ["web@example.com"] } }],
    ["environments/envq/buop/tmwe/job.yaml", consumer("pipwe")],
    [
      PIPE,
      {
        apiVersion: API,
        kind: "Pipeline",
        metadata: {},
        spec: {
          ...sparkSizes(),
          triggers: [{ after: "pipin", on: "Succeeded" }, { webhook: { method: "POST" } }],
          tasks: [
            { spark: { type: "Scala", driver: { ...sparkPod }, executor: { ...sparkPod, instances: 1 } } },
            { dependsOn: [], container: { env: [{}, { name: "FROM_SECRET", secret: {} }, { name: "FROM_CONFIG", configMap: {} }] }, retries: { limit: 1 } },
            { dependsOn: ["tktr"], name: "tkre", script: { env: [{}, { name: "FROM_SECRET", secret: {} }, { name: "FROM_CONFIG", configMap: {} }] } },
            { name: "tkxp", spark: { type: "Scala", mainApplicationFile: "local:///opt/plain.jar" } },
            { name: "tkpl", container: { image: "alpine:3.20" } },
          ],
        },
      },
    ],
  ]);
}

/** Where a schema path lands in the rich repository: file and document path. */
function place(field: FieldPath, index: number): { file: string; path: (string | number)[] } {
  const [kind = "", ...rest] = field;
  const file = KIND_FILE[kind] ?? "";
  const path: (string | number)[] = [];
  rest.forEach((seg, i) => {
    const prev = rest[i - 1];
    if (seg === "*") path.push(`k${index}`);
    else if (seg !== "0") path.push(seg);
    else if (prev === "tasks") {
      const branch = rest[i + 1];
      path.push(branch === "spark" ? 0 : branch === "script" ? 2 : 1);
    } else if (prev === "env") path.push(rest[i + 1] === "secret" ? 1 : rest[i + 1] === "configMap" ? 2 : 0);
    else if (prev === "triggers") path.push(rest[i + 1] === "webhook" ? 1 : 0);
    else path.push(0);
  });
  return { file, path };
}

function setAt(doc: Doc, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = doc;
  path.forEach((seg, i) => {
    if (i === path.length - 1) {
      node[seg] = value;
      return;
    }
    node[seg] ??= typeof path[i + 1] === "number" ? [] : {};
    node = node[seg] as Record<string | number, unknown>;
  });
}

/** Fields whose value is another field's name: they are renamed with it, as one test. */
const SHARED: Readonly<Record<string, string>> = {
  "Environment.metadata.name": "envq",
  "BusinessUnit.metadata.name": "busa",
  "Team.metadata.name": "tmcr",
  "Environment.spec.promotion.after": "envd",
  "Pipeline.spec.triggers.0.after": "pipin",
  "Pipeline.spec.tasks.0.name": "tktr",
  "Pipeline.spec.tasks.0.dependsOn.0": "tkex",
};

export interface RichRepo {
  readonly docs: Docs;
  readonly fields: Field[];
  readonly untestable: string[];
  readonly unclassified: string[];
}

export function richRepo(): RichRepo {
  const docs = skeleton();
  const fields: Field[] = [];
  const unclassified: string[] = [];
  const untestable: string[] = [];
  const nth = new Map<GrammarName, number>();
  stringFields().forEach((field, i) => {
    const schemaPath = field.join(".");
    if (schemaPath in UNTESTABLE) return void untestable.push(schemaPath);
    const grammar = grammarOf(field);
    if (!grammar) return void unclassified.push(schemaPath);
    nth.set(grammar, (nth.get(grammar) ?? -1) + 1);
    const value = SHARED[schemaPath] ?? grammars[grammar].benign(i, nth.get(grammar)!);
    const { file, path } = place(field, i);
    const doc = docs.get(file);
    if (!doc) throw new Error(`no file for ${schemaPath}`);
    setAt(doc, path, value);
    fields.push({ schemaPath, grammar, value });
  });
  // The spark task is named by the field dependsOn refers to.
  setAt(docs.get(PIPE)!, ["spec", "tasks", 0, "name"], "tkex");
  return { docs, fields, untestable, unclassified };
}

/**
 * The repository with `from` replaced by `to` in every string value and every
 * path segment: one field's value, or a name together with everything naming it.
 */
export function renamed(docs: Docs, from: string, to: string): Record<string, string> {
  const swap = (v: unknown): unknown => {
    if (v === from) return to;
    if (Array.isArray(v)) return v.map(swap);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    return v;
  };
  const files: Record<string, string> = {};
  for (const [file, doc] of docs) files[file.split("/").map((s) => (s === from ? to : s)).join("/")] = stringify(swap(doc));
  return files;
}
