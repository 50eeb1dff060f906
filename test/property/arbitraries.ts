// Random valid Pipeline specs for the minimal repository: names from the DNS
// alphabet within the limits Argo and Spark leave after their suffixes, 1–6
// tasks of every kind joined by random acyclic dependencies, schedules and
// durations from valid sets, and free-text values drawn from all of Unicode
// plus the strings YAML, Handlebars, Argo and shells treat as syntax.
import fc from "fast-check";

/**
 * Excluded here: raw U+0085, U+2028 and U+2029, which YAML 1.1 readers take for
 * line breaks; the corpus case control-characters covers them, so a property
 * failure does not just repeat that finding.
 */
const YAML11_BREAKS = /[\u0085\u2028\u2029]/gu;

const HOSTILE = [
  "x\nkind: Secret",
  "a\n---\nb",
  "# not a comment",
  "{{workflow.name}}",
  "{{{raw}}}",
  "{{ .Values.x }}",
  "${HOME} $(id) `id`",
  "on",
  "no",
  "~",
  "null",
  "0777",
  "1e3",
  "- item",
  "key: value",
  "&a *a !t %d @x |",
  "\"'\\",
  "\t tab",
  " leading",
  "trailing ",
  "",
];

export const freeText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(" ")) },
).map((s) => s.replace(YAML11_BREAKS, " "));

/** A DNS-1123 label starting with a letter (pipeline and task names are RFC 1035 labels), short enough for every suffix. */
export const dnsName = fc.stringMatching(/^[a-z]([a-z0-9-]{0,12}[a-z0-9])?$/);
/**
 * Task names. The names of pipeforge's own templates (main, exit) are left
 * out: whether they are refused or renamed is the fix's choice, and
 * test/robustness/reserved-names.test.ts accepts either.
 */
const taskName = dnsName.filter((n) => n !== "main" && n !== "exit");
const envName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);
const paramName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,10}$/);
const labelKey = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const labelValue = fc.oneof(fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,20}[A-Za-z0-9])?$/), fc.constantFrom("on", "off", "yes", "no", "y", "n", "true", "null", "0777", "1e3", "1.5"));

const schedule = fc.constantFrom(undefined, "0 3 * * *", "*/15 * * * *", "@daily", "@hourly", "30 2 * * 1-5", "0 0 1 * *", "5 4 * * sun");
const duration = fc.constantFrom("30s", "15m", "2h", "1h30m", "1d", "90s");
const cpu = fc.constantFrom("100m", "250m", "0.5", "1", "2");
const memory = fc.constantFrom("64Mi", "128Mi", "512Mi", "1Gi", "1e9");

const env = fc.uniqueArray(fc.record({ name: envName, value: freeText }), { selector: (e) => e.name, maxLength: 4 });
const resources = fc.option(fc.record({ requests: fc.record({ cpu, memory }) }), { nil: undefined });

const taskBody = fc.oneof(
  fc.record({
    container: fc.record({
      image: fc.constantFrom("alpine:3.20", "busybox:1.36", "registry.example.com:5000/team/app:1.2.3"),
      command: fc.option(fc.array(freeText, { maxLength: 3 }), { nil: undefined }),
      args: fc.option(fc.array(freeText, { maxLength: 4 }), { nil: undefined }),
      env,
      resources,
    }),
  }),
  fc.record({
    script: fc.record({ image: fc.constantFrom("python:3.12-alpine"), command: fc.constant(["python"]), source: freeText, env, resources }),
  }),
  fc.record({
    spark: fc.record({
      type: fc.constantFrom("Scala", "Java", "Python", "R"),
      mainApplicationFile: fc.constantFrom("local:///opt/app.jar", "local:///opt/spark/examples/src/main/python/pi.py"),
      arguments: fc.array(freeText, { maxLength: 3 }),
    }),
  }),
);

/** 1–6 tasks; task i may depend on any of the tasks before it, so the graph is acyclic. */
const tasks = fc
  .uniqueArray(taskName, { minLength: 1, maxLength: 6 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name, i) =>
        fc.record({
          name: fc.constant(name),
          description: freeText,
          dependsOn: fc.subarray(names.slice(0, i)),
          body: taskBody,
          retries: fc.option(fc.record({ limit: fc.integer({ min: 0, max: 5 }), backoff: duration }), { nil: undefined }),
        }),
      ),
    ),
  )
  .map((list) => list.map(({ body, dependsOn, ...t }) => ({ ...t, ...(dependsOn.length ? { dependsOn } : {}), ...body })));

export interface GeneratedPipeline {
  readonly metadata: { name: string; description: string };
  readonly spec: Record<string, unknown>;
}

export const pipelineSpec: fc.Arbitrary<GeneratedPipeline> = fc
  .record({
    name: dnsName,
    description: freeText,
    schedule,
    timeout: fc.option(duration, { nil: undefined }),
    concurrency: fc.option(fc.constantFrom("Allow", "Forbid", "Replace"), { nil: undefined }),
    labels: fc.dictionary(labelKey, labelValue, { maxKeys: 3 }),
    parameters: fc.uniqueArray(fc.record({ name: paramName, value: freeText, description: freeText }), { selector: (p) => p.name, maxLength: 3 }),
    afterUpstream: fc.boolean(),
    notify: fc.subarray(["Succeeded", "Failed"]),
    webhook: fc.option(fc.stringMatching(/^\/[a-z0-9][a-z0-9/_-]{0,15}$/), { nil: undefined }),
    tasks,
  })
  .map(({ name, description, afterUpstream, webhook, ...spec }) => ({
    metadata: { name, description },
    spec: Object.fromEntries(
      Object.entries({
        ...spec,
        triggers: [...(afterUpstream ? [{ after: "upstream" }] : []), ...(webhook ? [{ webhook: { endpoint: webhook } }] : [])],
      }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    ),
  }));
