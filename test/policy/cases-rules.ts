// Table of the built-in rules: for every rule at least one passing and one
// failing case, each a change to the base repository plus a policy enabling
// only that rule, asserted by code and line:column.
import { API, at, BU, ENV, lines, PIPE, pipeline, TEAM, TEAM_DIR, type CodeCase } from "../diagnostics/repo.js";
import { enable, envWith, manifest, policy, POLICY, sparkTask, workflow } from "./support.js";

const WF = `${TEAM_DIR}/extra/adhoc.yaml`;
const CRON = `${TEAM_DIR}/extra/poll.yaml`;
const hello = (...container: string[]) => ["  tasks:", "    - name: hello", "      container:", "        image: alpine:3.20", ...container];
const scheduled = (...container: string[]) => pipeline("daily", '  schedule: "0 3 * * *"', ...hello(...container));
const withImage = (image: string) => pipeline("daily", '  schedule: "0 3 * * *"', "  tasks:", "    - name: hello", "      container:", `        image: ${image}`);
const lifecycle = ["    ttl: {afterSuccess: 1h}", "    podGC: {strategy: OnPodCompletion}", "    timeout: 1h"];
const team = (...spec: string[]) => lines(API, "kind: Team", "spec:", ...spec);
const cronWorkflow = (...spec: string[]) =>
  manifest("argoproj.io/v1alpha1", "CronWorkflow", "poll", "spec:", ...spec, "  workflowSpec:", "    entrypoint: main", "    serviceAccountName: pipeforge-workflow", "    templates:", "      - name: main", "        container: {image: alpine:3.20}");

/** Case for `code`: the base plus `files` plus a policy enabling it with `params`. */
const rule = (code: string, name: string, files: CodeCase["files"], expected: CodeCase["expected"], params: string[] = []): CodeCase => ({
  code,
  name,
  files: { [POLICY]: policy(enable(code, ...params)), ...files },
  expected,
});

export const ruleCases: readonly CodeCase[] = [
  rule("PFR001", "container without resources anywhere", {}, [at("PFR001", PIPE, 10, 9)]),
  rule("PFR001", "limits missing, requests inherited from the environment", { [ENV]: envWith("    resources: {requests: {cpu: 100m, memory: 128Mi}}") }, [at("PFR001", ENV, 6, 16)]),
  rule("PFR001", "requests and limits from environment defaults", { [ENV]: envWith("    resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 512Mi}}") }, []),
  rule("PFR001", "only cpu required, set on the task", { [PIPE]: scheduled("        resources: {requests: {cpu: 100m}, limits: {cpu: 200m}}") }, [], ["resources: [cpu]"]),
  rule("PFR001", "plain Workflow container without resources", { [WF]: workflow("adhoc", "      container:", "        image: alpine:3.20") }, [at("PFR001", PIPE, 10, 9), at("PFR001", WF, 11, 9)]),

  rule("PFR002", "image without a tag", { [PIPE]: withImage("alpine") }, [at("PFR002", PIPE, 10, 16)]),
  rule("PFR002", "image tagged latest", { [PIPE]: withImage("alpine:latest") }, [at("PFR002", PIPE, 10, 16)]),
  rule("PFR002", "image with a tag", {}, []),
  rule("PFR002", "image pinned by digest", { [PIPE]: withImage(`alpine@sha256:${"a".repeat(64)}`) }, []),
  rule("PFR002", "Spark image tagged latest in environment defaults", {
    [ENV]: envWith('    spark: {image: "spark:latest", sparkVersion: 3.5.3, driver: {cores: 1, memory: 512m}, executor: {instances: 1, cores: 1, memory: 512m}}'),
    [PIPE]: pipeline("daily", "  tasks:", "    - name: pi", "      spark:", "        type: Scala", "        mainApplicationFile: local:///x.jar"),
  }, [at("PFR002", ENV, 6, 20)]),
  rule("PFR002", "plain Workflow image without a tag", { [WF]: workflow("adhoc", "      container:", "        image: alpine") }, [at("PFR002", WF, 11, 16)]),

  rule("PFR003", "Docker Hub image when only the mirror is allowed", {}, [at("PFR003", PIPE, 10, 16)], ["registries: [registry.example.com]"]),
  rule("PFR003", "image from the allowed registry", { [PIPE]: withImage("registry.example.com/library/alpine:3.20") }, [], ["registries: [registry.example.com]"]),
  rule("PFR003", "path prefix does not admit a sibling path", { [PIPE]: withImage("registry.example.com/other/alpine:3.20") }, [at("PFR003", PIPE, 10, 16)], ["registries: [registry.example.com/data]"]),
  rule("PFR003", "Docker Hub short name allowed as docker.io", {}, [], ["registries: [docker.io]"]),

  rule("PFR004", "pipeline without a TTL", {}, [at("PFR004", PIPE, 6, 3)]),
  rule("PFR004", "TTL from environment defaults", { [ENV]: envWith(...lifecycle) }, []),
  rule("PFR004", "plain Workflow without ttlStrategy", { [ENV]: envWith(...lifecycle), [WF]: workflow("adhoc", "      container: {image: alpine:3.20}") }, [at("PFR004", WF, 6, 3)]),
  rule("PFR004", "library WorkflowTemplate without an entrypoint is not a run", {
    [ENV]: envWith(...lifecycle),
    [WF]: manifest("argoproj.io/v1alpha1", "WorkflowTemplate", "lib", "spec:", "  templates:", "    - name: step", "      container: {image: alpine:3.20}"),
  }, []),

  rule("PFR005", "pipeline without pod GC", {}, [at("PFR005", PIPE, 6, 3)]),
  rule("PFR005", "pod GC on the pipeline", { [PIPE]: pipeline("daily", "  podGC: {strategy: OnPodSuccess}", ...hello()) }, []),

  rule("PFR006", "pipeline without a deadline", {}, [at("PFR006", PIPE, 6, 3)]),
  rule("PFR006", "deadline from environment defaults", { [ENV]: envWith(...lifecycle) }, []),

  rule("PFR007", "executor count over the cap", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask("        executor: {instances: 20, cores: 1, memory: 512m}")) }, [at("PFR007", PIPE, 14, 31)]),
  rule("PFR007", "executor memory over the cap", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask("        executor: {instances: 2, cores: 1, memory: 16g}")) }, [at("PFR007", PIPE, 14, 52)]),
  rule("PFR007", "within the default caps", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask()) }, []),
  rule("PFR007", "over a cap the policy lowered", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask()) }, [at("PFR007", PIPE, 13, 36)], ["maxDriverMemory: 256m"]),

  rule("PFR008", "two tasks at 1 CPU in a 1-CPU quota", {
    [TEAM]: team("  owners: [ml@example.com]", '  quota: {cpu: "1", memory: 1Gi}'),
    [PIPE]: pipeline("daily", "  resources: {limits: {cpu: \"1\", memory: 256Mi}}", "  tasks:", "    - {name: a, container: {image: alpine:3.20}}", "    - {name: b, container: {image: alpine:3.20}}"),
  }, [at("PFR008", TEAM, 5, 16)]),
  rule("PFR008", "parallelism 1 keeps them within the quota", {
    [TEAM]: team("  owners: [ml@example.com]", '  quota: {cpu: "1", memory: 1Gi}'),
    [PIPE]: pipeline("daily", "  parallelism: 1", "  resources: {limits: {cpu: \"1\", memory: 256Mi}}", "  tasks:", "    - {name: a, container: {image: alpine:3.20}}", "    - {name: b, container: {image: alpine:3.20}}"),
  }, []),
  rule("PFR008", "Spark memory overhead counts against the quota", {
    [TEAM]: team("  owners: [ml@example.com]", '  quota: {cpu: "4", memory: 1Gi}'),
    [PIPE]: pipeline("daily", "  tasks:", ...sparkTask()),
  }, [at("PFR008", TEAM, 5, 29)]),
  rule("PFR008", "team without a quota", {}, []),

  rule("PFR009", "Spark task without retries", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask()) }, [at("PFR009", PIPE, 7, 7)]),
  rule("PFR009", "Spark task with retries limit 0", { [PIPE]: pipeline("daily", "  tasks:", ...sparkTask(undefined, "      retries: {limit: 0}")) }, [at("PFR009", PIPE, 15, 24)]),
  rule("PFR009", "Spark task retried from environment defaults", { [ENV]: envWith("    retries: {limit: 2}"), [PIPE]: pipeline("daily", "  tasks:", ...sparkTask()) }, []),
  rule("PFR009", "container tasks need no retries", {}, []),

  rule("PFR010", "owner that is not an e-mail address", { [TEAM]: team("  owners: [bob]") }, [at("PFR010", TEAM, 4, 12)]),
  rule("PFR010", "fewer owners than required", {}, [at("PFR010", TEAM, 4, 11)], ["minOwners: 2"]),
  rule("PFR010", "e-mail owner", {}, []),

  rule("PFR011", "no cost-center label anywhere", {}, [at("PFR011", TEAM, 2, 7)]),
  rule("PFR011", "cost-center from the business unit", { [BU]: lines(API, "kind: BusinessUnit", "spec:", "  labels: {cost-center: cc-1}") }, []),
  rule("PFR011", "cost-center value against the pattern", { [BU]: lines(API, "kind: BusinessUnit", "spec:", "  labels: {cost-center: finance}") }, [at("PFR011", BU, 4, 25)], ["patterns: {cost-center: '^cc-[0-9]+$'}"]),

  rule("PFR012", "password as a literal", { [PIPE]: scheduled("        env:", "          - {name: DB_PASSWORD, value: hunter2}") }, [at("PFR012", PIPE, 12, 40)]),
  rule("PFR012", "URL with a password under an innocent name", { [PIPE]: scheduled("        env:", '          - {name: DB_URL, value: "postgresql://u:pw@db/orders"}') }, [at("PFR012", PIPE, 12, 35)]),
  rule("PFR012", "password from a secret, mode as a literal", { [PIPE]: scheduled("        env:", "          - {name: DB_PASSWORD, secret: {name: db, key: password}}", "          - {name: MODE, value: batch}") }, []),
  rule("PFR012", "plain Workflow with a token literal", { [WF]: workflow("adhoc", "      container:", "        image: alpine:3.20", "        env:", "          - {name: API_TOKEN, value: abc}") }, [at("PFR012", WF, 13, 38)]),

  rule("PFR013", "every five minutes under a 1h minimum", { [PIPE]: pipeline("daily", '  schedule: "*/5 * * * *"', ...hello()) }, [at("PFR013", PIPE, 6, 13)], ["minInterval: 1h"]),
  rule("PFR013", "hourly at a 1h minimum", { [PIPE]: pipeline("daily", '  schedule: "0 * * * *"', ...hello()) }, [], ["minInterval: 1h"]),
  rule("PFR013", "plain CronWorkflow's second schedule", { [CRON]: cronWorkflow("  schedules: [\"0 3 * * *\", \"*/10 * * * *\"]", "  concurrencyPolicy: Forbid") }, [at("PFR013", CRON, 6, 28)], ["minInterval: 1h"]),

  rule("PFR014", "scheduled pipeline without concurrency", {}, [at("PFR014", PIPE, 6, 3)]),
  rule("PFR014", "scheduled pipeline with concurrency Allow", { [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  concurrency: Allow", ...hello()) }, [at("PFR014", PIPE, 7, 16)]),
  rule("PFR014", "scheduled pipeline with concurrency Forbid", { [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  concurrency: Forbid", ...hello()) }, []),
  rule("PFR014", "Replace accepted when the policy allows it", { [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  concurrency: Replace", ...hello()) }, [], ["allowed: [Forbid, Replace]"]),
  rule("PFR014", "plain CronWorkflow with concurrencyPolicy Allow", { [PIPE]: pipeline("daily", '  schedule: "0 3 * * *"', "  concurrency: Forbid", ...hello()), [CRON]: cronWorkflow('  schedules: ["0 3 * * *"]', "  concurrencyPolicy: Allow") }, [at("PFR014", CRON, 7, 22)]),

  rule("PFR015", "plain Workflow running as another account", { [WF]: workflow("adhoc", "      container: {image: alpine:3.20}").replace("pipeforge-workflow", "admin") }, [at("PFR015", WF, 7, 23)]),
  rule("PFR015", "plain Workflow running as pipeforge's account", { [WF]: workflow("adhoc", "      container: {image: alpine:3.20}") }, []),
  rule("PFR015", "account listed in the parameters", { [WF]: workflow("adhoc", "      container: {image: alpine:3.20}").replace("pipeforge-workflow", "etl-runner") }, [], ["allowed: [etl-runner]"]),
];
