// Policy test helpers: a policy file whose rules start at line 7, and small
// spec builders whose line numbers can be read off a case.
import { API, lines } from "../diagnostics/repo.js";

export const POLICY = "policies/test.yaml";

/** A Policy named `test`; its first rule's `- id:` is line 7. `spec` lines go after the rules. */
export const policy = (rules: readonly string[], ...spec: string[]): string => lines(API, "kind: Policy", "metadata:", "  name: test", "spec:", "  rules:", ...rules, ...spec);

/** A rules entry enabling a built-in rule, with `parameters` lines (written at parameter depth). */
export const enable = (id: string, ...parameters: string[]): string[] =>
  parameters.length > 0 ? [`    - id: ${id}`, "      parameters:", ...parameters.map((p) => `        ${p}`)] : [`    - id: ${id}`];

/** An Environment whose `defaults` lines start at line 6 (write them at 4 spaces). */
export const envWith = (...defaults: string[]): string => lines(API, "kind: Environment", "spec:", "  cluster: https://kubernetes.default.svc", "  defaults:", ...defaults);

/** A plain manifest: apiVersion, kind, metadata.name (line 4), then `more` from line 5. */
export const manifest = (apiVersion: string, kind: string, name: string, ...more: string[]): string => lines(`apiVersion: ${apiVersion}`, `kind: ${kind}`, "metadata:", `  name: ${name}`, ...more);

/** A plain Workflow whose line 7 is serviceAccountName and line 11 its container's image. */
export const workflow = (name: string, ...templateLines: string[]): string =>
  manifest("argoproj.io/v1alpha1", "Workflow", name, "spec:", "  entrypoint: main", "  serviceAccountName: pipeforge-workflow", "  templates:", "    - name: main", ...templateLines);

/** A Spark task: `- name: pi` on the first line, the given extra lines after the sizes. */
export const sparkTask = (executor = "        executor: {instances: 1, cores: 1, memory: 512m}", ...more: string[]): string[] => [
  "    - name: pi",
  "      spark:",
  "        type: Scala",
  "        mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar",
  "        image: spark:3.5.3",
  "        sparkVersion: 3.5.3",
  "        driver: {cores: 1, memory: 512m}",
  executor,
  ...more,
];
