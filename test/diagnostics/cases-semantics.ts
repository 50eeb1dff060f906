// Fixtures for the semantic checks (SEM*), found after inheritance: positions
// point at the file that set the value, which may be a defaults layer.
// `pipeline(name, ...)` puts its spec lines at line 6 onwards.
import { API, at, BASE, ENV, lines, PIPE, pipeline, TEAM, TEAM_DIR, type CodeCase } from "./repo.js";

const EXTRA = `${TEAM_DIR}/extra`;
const WEEKLY = `${TEAM_DIR}/weekly.yaml`;
const hello = ["    - name: hello", "      container: {image: alpine:3.20}"];
const tasks = ["  tasks:", ...hello];
const manifest = (apiVersion: string, kind: string, name: string, ...more: string[]): string =>
  lines(`apiVersion: ${apiVersion}`, `kind: ${kind}`, "metadata:", `  name: ${name}`, ...more);
/** A Spark task (lines 7–14 of a pipeline) whose driver line is given. */
const sparkTask = (driver: string, image = ["        image: spark:3.5.3"]): string[] => [
  "    - name: pi",
  "      spark:",
  "        type: Scala",
  "        mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar",
  ...image,
  "        sparkVersion: 3.5.3",
  driver,
  "        executor: {instances: 1, cores: 1, memory: 512m}",
];
/** An environment whose `promotion.after` value sits at line 6, column 12. */
const promoteAfter = (env: string): string => lines(API, "kind: Environment", "spec:", "  cluster: https://kubernetes.default.svc", "  promotion:", `    after: ${env}`);
const containerWith = (...resources: string[]): string =>
  pipeline("daily", "  tasks:", "    - name: hello", "      container:", "        image: alpine:3.20", "        resources:", ...resources);

export const semanticCases: readonly CodeCase[] = [
  {
    code: "SEM001",
    name: "two files declare one pipeline name",
    files: { [WEEKLY]: pipeline("daily", '  schedule: "0 4 * * 0"', ...tasks) },
    expected: [at("SEM001", WEEKLY, 4, 9)],
    cascade: ["SEM016"],
  },
  {
    code: "SEM002",
    name: "task name twice",
    files: { [PIPE]: pipeline("daily", ...tasks, "    - name: hello", '      script: {image: python:3.12-alpine, command: [python], source: "print(1)"}') },
    expected: [at("SEM002", PIPE, 9, 13)],
  },
  {
    code: "SEM003",
    name: "dependsOn names no task",
    files: { [PIPE]: pipeline("daily", ...tasks, "    - name: bye", "      dependsOn: [helo]", "      container: {image: alpine:3.20}") },
    expected: [at("SEM003", PIPE, 10, 19)],
  },
  {
    code: "SEM004",
    name: "task depends on itself",
    files: { [PIPE]: pipeline("daily", "  tasks:", "    - name: hello", "      dependsOn: [hello]", "      container: {image: alpine:3.20}") },
    expected: [at("SEM004", PIPE, 8, 19)],
  },
  {
    code: "SEM004",
    name: "two tasks depend on each other",
    files: {
      [PIPE]: pipeline(
        "daily",
        "  tasks:",
        "    - name: a",
        "      dependsOn: [b]",
        "      container: {image: alpine:3.20}",
        "    - name: b",
        "      dependsOn: [a]",
        "      container: {image: alpine:3.20}",
      ),
    },
    // Reported at the dependency that closes the cycle.
    expected: [at("SEM004", PIPE, 11, 19)],
  },
  {
    code: "SEM005",
    name: "after names no pipeline",
    files: { [PIPE]: pipeline("daily", "  triggers:", "    - after: nightly", ...tasks) },
    expected: [at("SEM005", PIPE, 7, 14)],
  },
  {
    code: "SEM005",
    name: "after with an empty segment",
    files: { [PIPE]: pipeline("daily", "  triggers:", "    - after: ml//daily", ...tasks) },
    expected: [at("SEM005", PIPE, 7, 14)],
  },
  {
    code: "SEM005",
    name: "after with four parts naming no environment",
    files: { [PIPE]: pipeline("daily", "  triggers:", "    - after: qa/autos/ml/weekly", ...tasks) },
    expected: [at("SEM005", PIPE, 7, 14)],
  },
  {
    code: "SEM005",
    name: "after names its own environment",
    files: { [PIPE]: pipeline("daily", "  triggers:", "    - after: hml/autos/ml/weekly", ...tasks) },
    expected: [at("SEM005", PIPE, 7, 14)],
  },
  {
    code: "SEM006",
    name: "after reaches into another environment",
    files: { "environments/prd/environment.yaml": String(BASE[ENV]), [PIPE]: pipeline("daily", "  triggers:", "    - after: prd/autos/ml/daily", ...tasks) },
    expected: [at("SEM006", PIPE, 7, 14)],
  },
  {
    code: "SEM007",
    name: "pipeline triggers itself",
    files: { [PIPE]: pipeline("daily", "  triggers:", "    - after: daily", ...tasks) },
    expected: [at("SEM007", PIPE, 7, 14)],
  },
  {
    code: "SEM007",
    name: "two pipelines trigger each other",
    files: {
      [PIPE]: pipeline("daily", "  triggers:", "    - after: weekly", ...tasks),
      [WEEKLY]: pipeline("weekly", "  triggers:", "    - after: daily", ...tasks),
    },
    // Reported once, at the trigger that closes the cycle (search starts at daily).
    expected: [at("SEM007", PIPE, 7, 14)],
  },
  {
    code: "SEM008",
    name: "cron minute 61",
    files: { [PIPE]: pipeline("daily", '  schedule: "61 3 * * *"', ...tasks) },
    expected: [at("SEM008", PIPE, 6, 13)],
  },
  {
    code: "SEM009",
    name: "unknown time zone on the pipeline",
    files: { [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  timezone: Mars/Olympus_Mons", ...tasks) },
    expected: [at("SEM009", PIPE, 7, 13)],
  },
  {
    code: "SEM009",
    name: "unknown time zone inherited from environment defaults",
    files: { [ENV]: lines(API, "kind: Environment", "spec:", "  cluster: https://kubernetes.default.svc", "  defaults:", "    timezone: Mars/Olympus_Mons") },
    expected: [at("SEM009", ENV, 6, 15)],
  },
  {
    code: "SEM010",
    name: "timeout in words",
    files: { [PIPE]: pipeline("daily", "  timeout: 2 hours", ...tasks) },
    expected: [at("SEM010", PIPE, 6, 12)],
  },
  {
    code: "SEM010",
    name: "retry backoff inherited from team defaults",
    files: { [TEAM]: lines(API, "kind: Team", "spec:", "  owners: [ml@example.com]", "  defaults:", "    retries: {limit: 2, backoff: soon}") },
    expected: [at("SEM010", TEAM, 6, 34)],
  },
  {
    code: "SEM011",
    name: "cpu request that is not a quantity",
    files: { [PIPE]: containerWith("          requests:", "            cpu: lots") },
    expected: [at("SEM011", PIPE, 12, 18)],
  },
  {
    code: "SEM011",
    name: "Spark coreLimit that is not a quantity",
    files: { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask("        driver: {cores: 1, coreLimit: lots, memory: 512m}")) },
    expected: [at("SEM011", PIPE, 13, 39)],
  },
  {
    code: "SEM012",
    name: "Spark memory in Kubernetes notation",
    files: { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask("        driver: {cores: 1, memory: 512Mi}")) },
    expected: [at("SEM012", PIPE, 13, 36)],
  },
  {
    code: "SEM013",
    name: "pipeline name with uppercase and underscore",
    files: { [PIPE]: pipeline("Daily_Load", '  schedule: "0 3 * * *"', ...tasks) },
    expected: [at("SEM013", PIPE, 4, 9)],
  },
  {
    code: "SEM013",
    name: "task name with uppercase",
    files: { [PIPE]: pipeline("daily", "  tasks:", "    - name: Hello", "      container: {image: alpine:3.20}") },
    expected: [at("SEM013", PIPE, 7, 13)],
  },
  {
    code: "SEM013",
    name: "team namespace override that is not a DNS label",
    files: { [TEAM]: lines(API, "kind: Team", "spec:", "  owners: [ml@example.com]", "  namespace: ML_Team") },
    expected: [at("SEM013", TEAM, 5, 14)],
  },
  {
    code: "SEM014",
    name: "scheduled pipeline name of 53 characters",
    files: { [PIPE]: pipeline(`daily-${"x".repeat(47)}`, '  schedule: "0 3 * * *"', ...tasks) },
    expected: [at("SEM014", PIPE, 4, 9)],
  },
  {
    code: "SEM015",
    name: "memory request of 512m (half a byte)",
    files: { [PIPE]: containerWith("          requests:", "            memory: 512m") },
    expected: [at("SEM015", PIPE, 12, 21)],
  },
  {
    code: "SEM016",
    name: "plain ServiceAccount named like pipeforge's workflow runner",
    files: { [`${EXTRA}/sa.yaml`]: manifest("v1", "ServiceAccount", "pipeforge-workflow") },
    expected: [at("SEM016", `${EXTRA}/sa.yaml`, 4, 9)],
  },
  {
    code: "SEM016",
    name: "two plain ConfigMaps share a name",
    files: { [`${EXTRA}/a.yaml`]: manifest("v1", "ConfigMap", "settings"), [`${EXTRA}/b.yaml`]: manifest("v1", "ConfigMap", "settings") },
    expected: [at("SEM016", `${EXTRA}/b.yaml`, 4, 9)],
  },
  {
    code: "SEM017",
    name: "second team overrides its namespace to the first team's",
    files: { "environments/hml/autos/web/team.yaml": lines(API, "kind: Team", "spec:", "  owners: [web@example.com]", "  namespace: hml-autos-ml") },
    expected: [at("SEM017", "environments/hml/autos/web/team.yaml", 5, 14)],
  },
  {
    code: "SEM018",
    name: "plain manifest names another namespace (warning)",
    files: { [`${EXTRA}/cm.yaml`]: manifest("v1", "ConfigMap", "settings", "  namespace: default") },
    expected: [at("SEM018", `${EXTRA}/cm.yaml`, 5, 14)],
  },
  {
    code: "SEM019",
    name: "plain Namespace in a team folder",
    files: { [`${EXTRA}/ns.yaml`]: manifest("v1", "Namespace", "scratch") },
    expected: [at("SEM019", `${EXTRA}/ns.yaml`, 2, 7)],
  },
  {
    code: "SEM020",
    name: "promotion after an unknown environment",
    files: { [ENV]: promoteAfter("qa") },
    expected: [at("SEM020", ENV, 6, 12)],
  },
  {
    code: "SEM024",
    name: "environment promotes after itself",
    files: { [ENV]: promoteAfter("hml") },
    expected: [at("SEM024", ENV, 6, 12)],
  },
  {
    code: "SEM024",
    name: "two environments promote after each other",
    files: { [ENV]: promoteAfter("prd"), "environments/prd/environment.yaml": promoteAfter("hml") },
    // Reported once, on the first environment of the loop by name.
    expected: [at("SEM024", ENV, 6, 12)],
  },
  {
    code: "SEM022",
    name: "Spark task without image and no defaults.spark",
    files: { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask("        driver: {cores: 1, memory: 512m}", [])) },
    // Reported on the task's spark block, where the field is missing.
    expected: [at("SEM022", PIPE, 9, 9)],
  },
  {
    code: "SEM023",
    name: "task with both container and script",
    files: { [PIPE]: pipeline("daily", ...tasks, '      script: {image: python:3.12-alpine, command: [python], source: "print(1)"}') },
    expected: [at("SEM023", PIPE, 7, 7)],
  },
  {
    code: "SEM023",
    name: "task with nothing to run",
    files: { [PIPE]: pipeline("daily", "  tasks:", "    - name: hello", "      description: does nothing") },
    expected: [at("SEM023", PIPE, 7, 7)],
  },
  {
    code: "SEM021",
    name: "empty task list",
    files: { [PIPE]: pipeline("daily", "  tasks: []") },
    expected: [at("SEM021", PIPE, 6, 10)],
  },
  {
    code: "SEM025",
    name: "env var with a value and a secret",
    files: { [PIPE]: pipeline("daily", "  tasks:", "    - name: hello", "      container:", "        image: alpine:3.20", "        env:", "          - {name: A, value: x, secret: {name: s, key: k}}") },
    expected: [at("SEM025", PIPE, 11, 13)],
  },
];
