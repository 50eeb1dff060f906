// Custom rules: a JSON Schema on the matched object (or the values its path
// selects), for specs and for rendered kinds alike, reported under
// `<policy>/<rule-id>` at the source of the offending value.
import { describe, expect, it } from "vitest";
import { at, compileFiles, ENV, PIPE, pipeline, sortFindings, TEAM, TEAM_DIR, withBase, type CodeCase } from "../diagnostics/repo.js";
import { envWith, manifest, policy, POLICY, sparkTask } from "./support.js";

const custom = (id: string, ...body: string[]) => [`    - id: ${id}`, `      message: ${id} broken`, ...body.map((l) => `      ${l}`)];
const SECRET = `${TEAM_DIR}/extra/db.yaml`;
const code = (id: string) => `test/${id}`;

const cases: readonly Omit<CodeCase, "code">[] = [
  {
    name: "path into every task's image",
    files: { [POLICY]: policy(custom("mirror", "path: spec.tasks[*].container.image", 'schema: {type: string, pattern: "^registry\\\\.example\\\\.com/"}')) },
    expected: [at(code("mirror"), PIPE, 10, 16)],
  },
  {
    name: "value inherited from environment defaults points at the defaults",
    files: {
      [ENV]: envWith("    timeout: 9h"),
      [POLICY]: policy(custom("short-runs", "path: spec.timeout", "schema: {enum: [1h, 2h]}")),
    },
    expected: [at(code("short-runs"), ENV, 6, 14)],
  },
  {
    name: "required field missing points at the mapping that should hold it",
    files: { [POLICY]: policy(custom("described", "path: metadata", "schema: {required: [description]}")) },
    expected: [at(code("described"), PIPE, 4, 3)],
  },
  {
    name: "missing values are not checked",
    files: { [POLICY]: policy(custom("scripts", "path: spec.tasks[*].script.image", "schema: false")) },
    expected: [],
  },
  {
    name: "schema false forbids a plain Secret outright",
    files: { [POLICY]: policy(custom("no-secrets", "kinds: [Secret]", "schema: false")), [SECRET]: manifest("v1", "Secret", "db", "stringData: {password: x}") },
    expected: [at(code("no-secrets"), SECRET, 1, 1)],
  },
  {
    name: "Team kind, from match.kinds",
    files: { [POLICY]: policy(custom("two-owners", "path: spec.owners", "schema: {minItems: 2}"), "  match:", "    kinds: [Team]") },
    expected: [at(code("two-owners"), TEAM, 4, 11)],
  },
  {
    name: "rendered CronWorkflow field traced to the spec value that produced it",
    files: {
      [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  history: {succeeded: 3, failed: 50}", "  tasks:", "    - name: hello", "      container: {image: alpine:3.20}"),
      [POLICY]: policy(custom("bounded", "kinds: [CronWorkflow]", "path: spec.failedJobsHistoryLimit", "schema: {maximum: 20}")),
    },
    expected: [at(code("bounded"), PIPE, 7, 35)],
  },
  {
    name: "SparkApplication embedded in a workflow, traced to the task",
    files: {
      [PIPE]: pipeline("daily", "  retries: {limit: 1}", "  tasks:", ...sparkTask("        executor: {instances: 3, cores: 1, memory: 512m}")),
      [POLICY]: policy(custom("small", "kinds: [SparkApplication]", "path: spec.executor.instances", "schema: {maximum: 2}")),
    },
    expected: [at(code("small"), PIPE, 15, 31)],
  },
  {
    name: "severity off disables the rule",
    files: { [POLICY]: policy([...custom("described", "path: metadata", "schema: {required: [description]}"), "      severity: off"]) },
    expected: [],
  },
];

describe("custom rules", () => {
  it.each(cases)("$name", async (c) => {
    const { findings } = await compileFiles(withBase(c.files));
    expect(sortFindings(findings)).toEqual(sortFindings(c.expected));
  });

  it("reports the rule's severity, message, description as hint, and the policy file", async () => {
    const files = { [POLICY]: policy([...custom("described", "path: metadata", "schema: {required: [description]}"), "      severity: warning", "      description: Say what it does."]) };
    const { result } = await compileFiles(withBase(files));
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: "test/described", severity: "warning", hint: "Say what it does." });
    expect(d?.message).toContain("described broken (pipeline hml/autos/ml/daily: metadata has no description)");
    expect(d?.related?.[0]?.message).toBe("rule described of policy test (policies/test.yaml)");
    expect(d?.related?.[0]?.location?.file).toBe(POLICY);
    expect(result.failed).toBe(false);
  });

  it("runs the same rule once per selected value: three bad images, three findings", async () => {
    const three = pipeline("daily", "  tasks:", ...["a", "b", "c"].flatMap((n) => [`    - name: ${n}`, "      container: {image: alpine}"]));
    const { findings } = await compileFiles(withBase({ [PIPE]: three, [POLICY]: policy(custom("tagged", "path: spec.tasks[*].container.image", 'schema: {pattern: ":"}')) }));
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(["8:26", "10:26", "12:26"]);
  });
});
