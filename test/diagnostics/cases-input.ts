// Fixtures for reading, parsing and placing files (YAML*, LAYOUT*) and for the
// spec schemas (SPEC*). Positions are 1-based line:column of the offending token;
// `lines(...)` makes line N of a file its Nth argument.
import { MAX_FILE_BYTES } from "../../src/host/index.js";
import { API, at, BASE, BU, ENV, lines, PIPE, REPO, TEAM, TEAM_DIR, type CodeCase } from "./repo.js";

const EXTRA = `${TEAM_DIR}/extra`;
const basePipeline = String(BASE[PIPE]);
const configMap = (name: string, ...more: string[]): string => lines("apiVersion: v1", "kind: ConfigMap", "metadata:", `  name: ${name}`, ...more);
const utf8 = new TextEncoder();

export const yamlCases: readonly CodeCase[] = [
  {
    code: "YAML001",
    name: "tab used as indentation",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "\ttasks: []") },
    expected: [at("YAML001", PIPE, 4, 1)],
  },
  {
    code: "YAML001",
    name: "unresolved tag on a value (warning)",
    files: { [`${EXTRA}/settings.yaml`]: configMap("settings", "data:", "  mode: !secret batch") },
    expected: [at("YAML001", `${EXTRA}/settings.yaml`, 6, 9)],
  },
  {
    code: "YAML002",
    name: "block mapping key twice",
    files: {
      [PIPE]: lines(API, "kind: Pipeline", "spec:", '  schedule: "0 3 * * *"', '  schedule: "0 4 * * *"', "  tasks:", "    - name: hello", "      container: {image: alpine:3.20}"),
    },
    expected: [at("YAML002", PIPE, 5, 3)],
  },
  {
    code: "YAML002",
    name: "flow mapping key twice",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  tasks:", "    - name: hello", "      container: {image: alpine:3.20, image: alpine:3.21}") },
    expected: [at("YAML002", PIPE, 6, 39)],
  },
  {
    code: "YAML003",
    name: "alias bomb",
    files: {
      [`${EXTRA}/bomb.yaml`]: lines(
        "# Each level holds ten aliases of the one above.",
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata: {name: bomb}",
        "data:",
        `  a: &a [${Array(10).fill("x").join(", ")}]`,
        `  b: &b [${Array(10).fill("*a").join(", ")}]`,
        `  c: [${Array(10).fill("*b").join(", ")}]`,
      ),
    },
    // The whole document is refused: the finding points at its first token.
    expected: [at("YAML003", `${EXTRA}/bomb.yaml`, 2, 1)],
  },
  {
    code: "YAML003",
    name: "an alias inside the node it names (an infinite value)",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec: &loop", "  tasks:", "    - name: hello", "      container: {image: alpine:3.20}", "  labels: {self: *loop}") },
    expected: [at("YAML003", PIPE, 1, 1)],
  },
  {
    code: "YAML004",
    name: "file over 4 MiB",
    files: { [`${EXTRA}/huge.yaml`]: `#${" ".repeat(MAX_FILE_BYTES)}\n` },
    expected: [at("YAML004", `${EXTRA}/huge.yaml`, 1, 1)],
  },
  {
    code: "YAML005",
    name: "Latin-1 byte in a file",
    files: { [`${EXTRA}/latin1.yaml`]: new Uint8Array([...utf8.encode(configMap("cafe", "data:", "  name: caf").trimEnd()), 0xe9, 0x0a]) },
    expected: [at("YAML005", `${EXTRA}/latin1.yaml`, 1, 1)],
  },
  {
    code: "YAML006",
    name: "list document",
    files: { [`${EXTRA}/list.yaml`]: lines("# Two strings, not an object.", "- a", "- b") },
    expected: [at("YAML006", `${EXTRA}/list.yaml`, 2, 1)],
  },
  {
    code: "YAML006",
    name: "scalar as the second document",
    files: { [`${EXTRA}/two.yaml`]: `${configMap("first")}---\njust a sentence\n` },
    expected: [at("YAML006", `${EXTRA}/two.yaml`, 6, 1)],
  },
  {
    code: "YAML007",
    name: "number key in a plain manifest",
    files: { [`${EXTRA}/codes.yaml`]: configMap("codes", "data:", "  200: ok") },
    expected: [at("YAML007", `${EXTRA}/codes.yaml`, 6, 3)],
  },
  {
    code: "YAML007",
    name: "boolean key in a spec",
    files: { [TEAM]: lines(API, "kind: Team", "spec:", "  owners: [ml@example.com]", "  labels:", "    true: enabled") },
    expected: [at("YAML007", TEAM, 6, 5)],
  },
];

export const layoutCases: readonly CodeCase[] = [
  {
    code: "LAYOUT001",
    name: "file directly under environments/",
    files: { "environments/defaults.yaml": lines("timezone: UTC") },
    expected: [at("LAYOUT001", "environments/defaults.yaml", 1, 1)],
  },
  {
    code: "LAYOUT001",
    name: "file beside environment.yaml",
    files: { "environments/hml/notes.yaml": lines("note: hello") },
    expected: [at("LAYOUT001", "environments/hml/notes.yaml", 1, 1)],
  },
  {
    code: "LAYOUT001",
    name: "pipeline in a business-unit folder",
    files: { "environments/hml/autos/daily.yaml": basePipeline },
    expected: [at("LAYOUT001", "environments/hml/autos/daily.yaml", 1, 1)],
  },
  {
    code: "LAYOUT002",
    name: "misspelled kind",
    files: { [PIPE]: basePipeline.replace("kind: Pipeline", "kind: Pipline") },
    expected: [at("LAYOUT002", PIPE, 2, 7)],
  },
  {
    code: "LAYOUT003",
    name: "document without kind",
    files: { [`${EXTRA}/orphan.yaml`]: lines("# Someone forgot the kind.", "apiVersion: v1", "metadata:", "  name: orphan") },
    expected: [at("LAYOUT003", `${EXTRA}/orphan.yaml`, 2, 1)],
  },
  {
    code: "LAYOUT003",
    name: "empty apiVersion",
    files: { [`${EXTRA}/blank.yaml`]: lines("# The apiVersion is blank.", 'apiVersion: ""', "kind: ConfigMap") },
    expected: [at("LAYOUT003", `${EXTRA}/blank.yaml`, 2, 1)],
  },
  {
    code: "LAYOUT004",
    name: "Team in a pipeline file",
    files: { [`${TEAM_DIR}/helper.yaml`]: lines(API, "kind: Team", "spec:", "  owners: [x@example.com]") },
    expected: [at("LAYOUT004", `${TEAM_DIR}/helper.yaml`, 2, 7)],
  },
  {
    code: "LAYOUT004",
    name: "plain manifest in environment.yaml",
    files: { [ENV]: configMap("env") },
    expected: [at("LAYOUT004", ENV, 2, 7)],
  },
  {
    code: "LAYOUT004",
    name: "Environment in businessunit.yaml",
    files: { [BU]: String(BASE[ENV]) },
    expected: [at("LAYOUT004", BU, 2, 7)],
  },
  {
    code: "LAYOUT004",
    name: "Pipeline under policies/",
    files: { "policies/nightly.yaml": basePipeline },
    expected: [at("LAYOUT004", "policies/nightly.yaml", 2, 7)],
  },
  {
    code: "LAYOUT005",
    name: "team folder without team.yaml",
    files: { "environments/hml/autos/web/job.yaml": basePipeline.replace("name: daily", "name: job") },
    expected: [at("LAYOUT005", "environments/hml/autos/web/job.yaml", 1, 1)],
  },
  {
    code: "LAYOUT006",
    name: "environment folder without environment.yaml",
    files: { "environments/prd/autos/ml/team.yaml": String(BASE[TEAM]), "environments/prd/autos/ml/daily.yaml": basePipeline },
    // Reported on the first file of the environment, in path order.
    expected: [at("LAYOUT006", "environments/prd/autos/ml/daily.yaml", 1, 1)],
  },
  {
    code: "LAYOUT008",
    name: "two Environment documents in environment.yaml",
    files: { [ENV]: `${String(BASE[ENV])}---\n${lines(API, "kind: Environment", "spec:", "  cluster: https://other.example.com")}` },
    expected: [at("LAYOUT008", ENV, 7, 7)],
  },
  {
    code: "LAYOUT008",
    name: "pipeforge.yaml and pipeforge.yml",
    files: { "pipeforge.yml": String(BASE[REPO]) },
    expected: [at("LAYOUT008", "pipeforge.yml", 2, 7)],
  },
  {
    code: "LAYOUT008",
    name: "team.yaml and team.yml",
    files: { [`${TEAM_DIR}/team.yml`]: String(BASE[TEAM]) },
    expected: [at("LAYOUT008", `${TEAM_DIR}/team.yml`, 2, 7)],
  },
  {
    code: "LAYOUT009",
    name: "environment metadata.name differs from its folder",
    files: { [ENV]: lines(API, "kind: Environment", "metadata:", "  name: prod", "spec:", "  cluster: https://kubernetes.default.svc") },
    expected: [at("LAYOUT009", ENV, 4, 9)],
  },
  {
    code: "LAYOUT009",
    name: "business-unit metadata.name differs from its folder",
    files: { [BU]: lines(API, "kind: BusinessUnit", "metadata:", "  name: cars") },
    expected: [at("LAYOUT009", BU, 4, 9)],
  },
  {
    code: "LAYOUT009",
    name: "team metadata.name differs from its folder",
    files: { [TEAM]: lines(API, "kind: Team", "metadata:", "  name: mlops", "spec:", "  owners: [ml@example.com]") },
    expected: [at("LAYOUT009", TEAM, 4, 9)],
  },
];

const helloTask = ["  tasks:", "    - name: hello", "      container: {image: alpine:3.20}"];

export const specCases: readonly CodeCase[] = [
  {
    code: "SPEC001",
    name: "concurrency outside its enum",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  concurrency: Sometimes", ...helloTask) },
    expected: [at("SPEC001", PIPE, 4, 16)],
  },
  {
    code: "SPEC001",
    name: "number where a duration string belongs",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  timeout: 30", ...helloTask) },
    expected: [at("SPEC001", PIPE, 4, 12)],
  },
  {
    code: "SPEC001",
    name: "tasks is not a list",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  tasks: none") },
    expected: [at("SPEC001", PIPE, 4, 10)],
  },
  {
    code: "SPEC002",
    name: "misspelled spec field",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", '  schedul: "0 3 * * *"', ...helloTask) },
    expected: [at("SPEC002", PIPE, 4, 3)],
  },
  {
    code: "SPEC002",
    name: "misspelled task field",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  tasks:", "    - name: hello", "      contianer: {image: alpine:3.20}") },
    expected: [at("SPEC002", PIPE, 6, 7)],
  },
  {
    code: "SPEC002",
    name: "misspelled top-level field",
    files: { [PIPE]: lines(API, "kind: Pipeline", "metdata:", "  name: daily", "spec:", ...helloTask) },
    expected: [at("SPEC002", PIPE, 3, 1)],
  },
  {
    code: "SPEC003",
    name: "environment without cluster",
    files: { [ENV]: lines(API, "kind: Environment", "spec:", "  labels: {tier: dev}") },
    expected: [at("SPEC003", ENV, 3, 1)],
  },
  {
    code: "SPEC003",
    name: "task without name",
    files: { [PIPE]: lines(API, "kind: Pipeline", "spec:", "  tasks:", "    - container: {image: alpine:3.20}") },
    expected: [at("SPEC003", PIPE, 5, 7)],
  },
  {
    code: "SPEC003",
    name: "plain manifest without metadata.name",
    files: { [`${EXTRA}/unnamed.yaml`]: lines("apiVersion: v1", "kind: ConfigMap", "metadata:", "  labels: {app: orders}") },
    expected: [at("SPEC003", `${EXTRA}/unnamed.yaml`, 4, 3)],
  },
  {
    code: "SPEC004",
    name: "future pipeforge apiVersion",
    files: { [PIPE]: basePipeline.replace("pipeforge.io/v1alpha1", "pipeforge.io/v1beta1") },
    expected: [at("SPEC004", PIPE, 1, 13)],
  },
];
