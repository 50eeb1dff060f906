// The adversarial corpus, part 2: what values and keys may carry (hostile
// text, control characters, YAML 1.1 look-alikes, huge numbers, prototype
// keys) and what names may hold (path traversal, slashes).
import { at } from "../diagnostics/repo.js";
import { TEAM, type Carried, type CorpusCase } from "./corpus-support.js";

const PIPE = `${TEAM}/daily.yaml`;
const EXTRA = `${TEAM}/extra`;

const wt = (path: Carried["path"], value: unknown): Carried => ({ kind: "WorkflowTemplate", name: "daily", path, value });
const cron = (path: Carried["path"], value: unknown): Carried => ({ kind: "CronWorkflow", name: "daily", path, value });
const workflow = (...path: Carried["path"]) => ["spec", "workflowSpec", ...path];

export const valueCases: readonly CorpusCase[] = [
  {
    name: "hostile-values",
    purpose: "newlines, ---, #, {{ }}, {{{ }}}, ${ }, $( ), backticks and YAML indicators in every kind of free text",
    expected: [],
    carries: [
      wt(["metadata", "annotations", "pipeforge.io/description"], "line one\nkind: Secret\n---\nmetadata: {name: x}"),
      wt(["spec", "arguments", "parameters", 0], { name: "p", value: "{{workflow.parameters.x}} {{{raw}}} ${SECRET} $(id) `id`", description: "# not a comment\n- not: a list" }),
      wt(["spec", "templates", 1, "container", "args"], ['echo "{{inputs.parameters.p}}" && echo ${HOME} # done', "a: b", "- c", "&anchor *alias !tag |"]),
      wt(["spec", "templates", 1, "container", "env"], [
        { name: "TEMPLATE", value: "{{ .Values.secret }}" },
        { name: "MULTI", value: "first\nkind: Secret\n---\n# last\n" },
      ]),
      { kind: "EventSource", name: "pipeforge-webhook", path: ["spec", "webhook", "webhook-orders-workflow-name-home-frag", "endpoint"], value: "/orders/{{workflow.name}}/${HOME}#frag" },
    ],
  },
  {
    name: "control-characters",
    purpose: "ESC, NUL, BEL, NEL, line/paragraph separators and a bidi override in values",
    expected: [],
    carries: [
      cron(workflow("arguments", "parameters"), [
        { name: "esc", value: "red \u001b[31m text" },
        { name: "nul", value: "a\u0000b" },
        { name: "bell", value: "\u0007\b\u000b\f" },
        { name: "seps", value: "x\u2028y\u2029z\u0085w" },
        { name: "bidi", value: "abc\u202edef" },
      ]),
    ],
  },
  {
    name: "yaml11-booleans",
    purpose: "unquoted on/off/yes/no/y/n where strings are wanted stay strings, and are quoted in the output",
    expected: [],
    carries: [
      cron(["metadata", "labels", "feature"], "on"),
      cron(["metadata", "labels", "legacy"], "no"),
      cron(["metadata", "labels", "on-call"], "y"),
      cron(workflow("arguments", "parameters", 0), { name: "flag", value: "on", enum: ["on", "off", "yes", "no", "y", "n"] }),
      cron(workflow("templates", 1, "nodeSelector"), { spot: "yes" }),
      cron(workflow("templates", 1, "container", "args"), ["yes", "no", "on", "off", "y", "n", "Y", "N", "NO", "Off"]),
      cron(workflow("templates", 1, "container", "env"), [
        { name: "ENABLED", value: "on" },
        { name: "DRY_RUN", value: "off" },
      ]),
    ],
  },
  {
    name: "yaml11-booleans-plain",
    purpose: "plain manifests are read as YAML 1.1, as kubectl reads them: yes is a boolean, 0755 an octal number",
    expected: [at("MAN001", `${EXTRA}/flags.yaml`, 6, 12), at("MAN001", `${EXTRA}/flags.yaml`, 8, 9)],
  },
  {
    name: "numbers-where-strings",
    purpose: "unquoted numbers (30, 0777, 1e3, 1, 2.5, .inf) where strings are wanted; 0 3 * * * and 1:30 are strings",
    expected: [
      at("SPEC001", PIPE, 7, 12),
      at("SPEC001", PIPE, 9, 27),
      at("SPEC001", PIPE, 10, 28),
      at("SPEC001", PIPE, 16, 16),
      at("SPEC001", PIPE, 16, 19),
      at("SPEC001", PIPE, 16, 24),
    ],
  },
  {
    name: "huge-numbers",
    purpose: "integers past 32 bits or past exact doubles (1e23, 2^53+1, 1e29, 1e20) are refused, not rounded into the output",
    expected: [at("SPEC001", PIPE, 7, 16), at("SPEC001", PIPE, 8, 24), at("SPEC001", PIPE, 11, 24), at("SPEC001", PIPE, 15, 88)],
  },
  { name: "huge-numbers-plain", purpose: "a Deployment with 1e20 replicas", expected: [at("MAN001", `${EXTRA}/deploy.yaml`, 5, 13)] },

  // --- prototype keys: refused where the schema has no such field, carried as plain keys where any key goes
  {
    name: "proto-keys-spec",
    purpose: "__proto__, constructor and prototype as fields of specs, tasks and defaults",
    expected: [
      at("SPEC002", PIPE, 1, 1),
      at("SPEC002", PIPE, 6, 3),
      at("SPEC002", PIPE, 9, 3),
      at("SPEC002", PIPE, 10, 3),
      at("SPEC002", PIPE, 13, 7),
      at("SPEC002", `${TEAM}/team.yaml`, 6, 5),
    ],
  },
  {
    name: "proto-keys-maps",
    purpose: "__proto__, constructor, hasOwnProperty, toString and valueOf as label, node-selector, env and Spark conf keys",
    expected: [],
    carries: [
      cron(["metadata", "labels", "constructor"], "c"),
      cron(["metadata", "labels", "hasOwnProperty"], "h"),
      cron(["metadata", "labels", "toString"], "t"),
      cron(workflow("templates", 1, "nodeSelector"), { constructor: "c", valueOf: "v" }),
      cron(workflow("templates", 1, "container", "env"), [
        { name: "__proto__", value: "p" },
        { name: "constructor", value: "c" },
      ]),
      // The pipeline-level Spark conf merges under the task's own: every key survives the merge.
      cron(workflow("templates", 2, "resource", "manifest", "spec", "sparkConf"), { ["__proto__"]: "p", constructor: "c", "spark.a": "b", "spark.b": "c" }),
    ],
  },
  {
    name: "proto-keys-plain",
    purpose: "__proto__, constructor and toString as ConfigMap data keys",
    expected: [],
    carries: [{ kind: "ConfigMap", name: "proto", path: ["data"], value: { ["__proto__"]: "p", constructor: "c", toString: "t", polluted: "no" } }],
  },
  { name: "proto-names", purpose: "pipelines and tasks named constructor, tostring, hasownproperty and valueof, referenced by after: and dependsOn", expected: [] },
  {
    name: "proto-references",
    purpose: "after: and dependsOn naming constructor, __proto__, hasOwnProperty and toString, which do not exist",
    expected: [
      at("SEM005", `${TEAM}/follow.yaml`, 7, 14),
      at("SEM005", `${TEAM}/follow.yaml`, 8, 14),
      at("SEM005", `${TEAM}/follow.yaml`, 9, 14),
      at("SEM003", `${TEAM}/follow.yaml`, 12, 19),
      at("SEM003", `${TEAM}/follow.yaml`, 12, 32),
      at("SEM003", `${TEAM}/follow.yaml`, 12, 43),
    ],
  },

  // --- names that could become paths
  {
    name: "names-traversal",
    purpose: "../ and / in pipeline, task and namespace names",
    expected: [at("SEM013", PIPE, 4, 9), at("SEM013", `${TEAM}/tasks.yaml`, 7, 13), at("SEM013", `${TEAM}/tasks.yaml`, 10, 13), at("SEM013", `${TEAM}/team.yaml`, 5, 14)],
  },
  {
    name: "plain-name-traversal",
    purpose: "a plain manifest named ../../../../../../pipeforge, which build would write over the repository's pipeforge.yaml",
    expected: [at("SEM013", `${EXTRA}/escape.yaml`, 4, 9)],
  },
  { name: "plain-name-slash", purpose: "plain manifests named a/b and ..", expected: [at("SEM013", `${EXTRA}/slash.yaml`, 4, 9), at("SEM013", `${EXTRA}/slash.yaml`, 10, 9)] },
  {
    name: "trigger-traversal",
    purpose: "after: references climbing out with ../ or absolute paths",
    expected: [at("SEM005", `${TEAM}/follow.yaml`, 7, 14), at("SEM005", `${TEAM}/follow.yaml`, 8, 14), at("SEM005", `${TEAM}/follow.yaml`, 9, 14)],
  },
];
