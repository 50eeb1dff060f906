// Keys that name Object.prototype's members (__proto__, constructor, ...) in
// every map a user controls: specs, inherited defaults, labels, node
// selectors, Spark conf, env names, plain manifests. None may pollute
// Object.prototype or crash; each must come out as a plain key or be refused
// with a finding at that key. Silently dropping it is neither.
import { describe, expect, it } from "vitest";
import { API, BASE, ENV, lines, PIPE, TEAM, TEAM_DIR, withBase, type Files } from "../diagnostics/repo.js";
import { compileFiles, findings } from "../support/repo.js";
import { prototypeKeys } from "./corpus-support.js";
import { valueAtPath } from "./output-checks.js";

interface KeyCase {
  readonly name: string;
  readonly files: Files;
  /** The file and 1-based line of the key in the source. */
  readonly file: string;
  readonly line: number;
  /** Where the key must appear when accepted: manifest kind, name and the path of the map that holds it. */
  readonly kind: string;
  readonly manifest: string;
  readonly map: readonly (string | number)[];
  readonly key: string;
  readonly value: string;
}

const basePipeline = String(BASE[PIPE]);
const cron = (map: KeyCase["map"]) => ({ kind: "CronWorkflow", manifest: "daily", map });
const task = (...rest: (string | number)[]) => ["spec", "workflowSpec", "templates", 1, ...rest];
const sparkTask = (extra: string[] = []) =>
  lines(
    API, "kind: Pipeline", "metadata:", "  name: daily", "spec:", '  schedule: "0 3 * * *"', ...extra, "  tasks:", "    - name: spark", "      spark:",
    "        type: Scala", "        mainApplicationFile: local:///opt/app.jar", "        image: spark:3.5.3", "        sparkVersion: 3.5.3",
    "        driver: {cores: 1, memory: 512m}", "        executor: {cores: 1, instances: 1, memory: 512m}",
  );
const sparkConf = ["spec", "workflowSpec", "templates", 1, "resource", "manifest", "spec", "sparkConf"];

const cases: KeyCase[] = [];
for (const key of ["__proto__", "constructor", "prototype", "hasOwnProperty"]) {
  cases.push(
    { name: `${key} as a pipeline label`, files: { [PIPE]: `${basePipeline}  labels: {"${key}": v}\n` }, file: PIPE, line: 11, ...cron(["metadata", "labels"]), key, value: "v" },
    { name: `${key} as a team label`, files: { [TEAM]: `${String(BASE[TEAM])}  labels: {"${key}": v}\n` }, file: TEAM, line: 5, kind: "Namespace", manifest: "hml-autos-ml", map: ["metadata", "labels"], key, value: "v" },
    {
      name: `${key} as a node selector inherited from the environment`,
      files: { [ENV]: `${String(BASE[ENV])}  defaults:\n    scheduling:\n      nodeSelector: {"${key}": v}\n` },
      file: ENV,
      line: 7,
      ...cron(task("nodeSelector")),
      key,
      value: "v",
    },
    { name: `${key} as a pipeline node selector`, files: { [PIPE]: `${basePipeline}  scheduling:\n    nodeSelector: {"${key}": v}\n` }, file: PIPE, line: 12, ...cron(task("nodeSelector")), key, value: "v" },
    { name: `${key} in a pipeline-level Spark conf`, files: { [PIPE]: sparkTask(["  spark:", `    sparkConf: {"${key}": v}`]) }, file: PIPE, line: 8, ...cron(sparkConf), key, value: "v" },
    {
      name: `${key} in a task's Spark conf under an inherited one`,
      files: { [PIPE]: `${sparkTask(["  spark:", "    sparkConf: {spark.a: b}"])}        sparkConf: {"${key}": v}\n` },
      file: PIPE,
      line: 17,
      ...cron(sparkConf),
      key,
      value: "v",
    },
    {
      name: `${key} as a plain manifest's data key`,
      files: { [`${TEAM_DIR}/extra/cm.yaml`]: lines("apiVersion: v1", "kind: ConfigMap", "metadata: {name: cm}", "data:", `  "${key}": v`) },
      file: `${TEAM_DIR}/extra/cm.yaml`,
      line: 5,
      kind: "ConfigMap",
      manifest: "cm",
      map: ["data"],
      key,
      value: "v",
    },
  );
}

describe("prototype keys", () => {
  it.each(cases)("$name: a plain key or a finding at it, never a crash or pollution", async (c) => {
    const result = await compileFiles({ ...withBase(c.files) });
    expect(prototypeKeys(), "keys added to Object.prototype").toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    if (result.failed) {
      // Refused: a finding must point at the key's line.
      expect(findings(result).filter((f) => f.includes(` ${c.file}:${c.line}:`)), findings(result).join("\n")).not.toEqual([]);
      return;
    }
    const m = result.manifests.find((x) => x.kind === c.kind && x.name === c.manifest);
    expect(m, `${c.kind} ${c.manifest}`).toBeDefined();
    const map = valueAtPath(m?.value, c.map);
    expect(typeof map === "object" && map !== null && Object.hasOwn(map, c.key), `${c.key} kept as an own key of ${c.map.join(".")}: ${JSON.stringify(map)}`).toBe(true);
    expect((map as Record<string, unknown>)[c.key]).toBe(c.value);
  });
});
