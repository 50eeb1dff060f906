// Every string field of every kind, read off the spec JSON Schemas (walking
// `properties`, list `items` and map `additionalProperties`, following $ref
// into common.json's definitions), each with the grammar its values follow.
// A new string field without a grammar here fails the template-safety test.
import { commonSchema, specSchemas, type JsonSchema } from "../../src/spec/index.js";

/** Schema path: the kind, then property names; `0` for a list item, `*` for a map value. */
export type FieldPath = readonly string[];

export function stringFields(): FieldPath[] {
  const definitions = (commonSchema.definitions ?? {}) as Record<string, JsonSchema>;
  const out: FieldPath[] = [];
  const walk = (schema: JsonSchema, path: string[], seen: ReadonlySet<string>): void => {
    const ref = typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
    if (ref !== undefined) {
      if (seen.has(ref)) return;
      const { $ref: _ref, ...rest } = schema;
      walk({ ...definitions[ref], ...rest }, path, new Set([...seen, ref]));
      return;
    }
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    // Enums and consts have no room for anything hostile: their values are the grammar.
    if (types.includes("string") && schema.enum === undefined && !("const" in schema)) out.push(path);
    for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) walk(sub, [...path, key], seen);
    if (schema.items && typeof schema.items === "object") walk(schema.items as JsonSchema, [...path, "0"], seen);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") walk(schema.additionalProperties as JsonSchema, [...path, "*"], seen);
  };
  for (const [kind, schema] of Object.entries(specSchemas)) walk(schema, [kind], new Set());
  return out;
}

/**
 * The grammars. `benign` gives each field a valid value of its own;
 * `hostile` are values valid for the same grammar that carry what YAML,
 * Handlebars, Go templates or a shell would read as syntax, as far as the
 * grammar lets them.
 */
export interface Grammar {
  /** `i` numbers the field among all fields, `nth` among the fields of this grammar. */
  readonly benign: (i: number, nth: number) => string;
  readonly hostile: readonly string[];
  /** The value is turned into other names (slugs, keys): only the structure is compared, and the value must appear verbatim somewhere. */
  readonly derived?: boolean;
}

/** Everything at once: YAML structure, comments, documents, flow syntax, Handlebars, Argo, Go templates, shell, quotes, Unicode. */
export const HOSTILE_TEXT =
  "x\nkind: Secret\n---\n# c {{workflow.name}} {{{raw}}} {{ .Values.x }} ${HOME} $(id) `id` \\ \" ' & *a !t %d @ | > : - ? [ ] { } , é漢🙂\t end ";

const sha = "0".repeat(64);
const GRAMMARS = {
  text: { benign: (i) => `text-${i}-`, hostile: [HOSTILE_TEXT, "on"] },
  /** DNS-1123 labels and subdomains: the only hostility left is what YAML 1.1 reads as booleans, numbers and null. */
  dnsName: { benign: (i) => `n${i}x`, hostile: ["on", "1e3"] },
  /** An environment's name also orders the environments (the ApplicationSet's default destination is the first one): compared by structure. */
  environmentName: { benign: (i) => `n${i}x`, hostile: ["on", "1e3"], derived: true },
  /** Pipeline and task names are RFC 1035 labels (they name SparkApplications): they start with a letter. */
  rfc1035Name: { benign: (i) => `n${i}x`, hostile: ["on", "null"] },
  envName: { benign: (i) => `V${i}V`, hostile: ["on", "NO"] },
  paramName: { benign: (i) => `p${i}p`, hostile: ["on", "1e3"] },
  labelKey: { benign: (i) => `k${i}k`, hostile: ["on", "example.com/1e3"] },
  labelValue: { benign: (i) => `v${i}v`, hostile: ["on", "0777", "1.5"] },
  configKey: { benign: (i) => `key${i}k`, hostile: ["on", "1.5"] },
  cron: { benign: (i) => `${i % 60} 3 * * *`, hostile: ["* * * * *", "@daily"] },
  timezone: { benign: (_, nth) => ["Europe/Paris", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Nairobi", "Australia/Sydney"][nth]!, hostile: ["Etc/GMT-14"] },
  duration: { benign: (i) => `${10_000 + i}s`, hostile: ["1h30m", "1d"] },
  cpu: { benign: (i) => `${1_000 + i}m`, hostile: ["1e0", "0.5"] },
  memory: { benign: (i) => `${1_000 + i}Mi`, hostile: ["1e9"] },
  jvmMemory: { benign: (i) => `${2_000 + i}m`, hostile: ["1g"] },
  image: { benign: (i) => `registry.example.com/img-${i}:1.${i}.0`, hostile: [`registry.local:5000/team/app:1.2.3@sha256:${sha}`] },
  sparkVersion: { benign: (i) => `3.${i}.0`, hostile: ["3.5", "3"] },
  mainClass: { benign: (i) => `org.example.Main${i}x`, hostile: ["org.example.Main$Inner"] },
  appFile: { benign: (i) => `local:///opt/app-${i}.jar`, hostile: ["local:///opt/a b/#{{x}}${y}.jar"] },
  url: { benign: (i) => `https://h${i}.example.com/`, hostile: ["https://user@git.example.com:8443/a/b.git?x=${y}&on=yes#{{z}}"] },
  revision: { benign: (i) => `rev-${i}-`, hostile: ["feature/#1-${x}-{{y}}", "on"] },
  /** One path segment: more segments legitimately shift the ApplicationSet's path indices. */
  folder: { benign: (i) => `out-${i}-`, hostile: ["out dir #{{x}} ${y}", "on"] },
  /** It makes the namespace names (and so file names): compared by structure only. */
  namespaceTemplate: { benign: () => "{{env}}-{{bu}}-{{team}}-ns", hostile: ["{{team}}-{{env}}-on-1e3"], derived: true },
  endpoint: { benign: (i) => `/hook-${i}-`, hostile: ["/a/{{workflow.name}}/${HOME}/on"], derived: true },
} satisfies Record<string, Grammar>;

export type GrammarName = keyof typeof GRAMMARS;
export const grammars: Readonly<Record<GrammarName, Grammar>> = GRAMMARS;

/** Which grammar a field follows, by its schema path (first match wins). */
const RULES: readonly [RegExp, GrammarName][] = [
  [/^Repository\.spec\.(repoURL)$/, "url"],
  [/^Environment\.spec\.cluster$/, "url"],
  [/^Repository\.spec\.targetRevision$/, "revision"],
  [/^Repository\.spec\.output$/, "folder"],
  [/\.argocd\.namespace$|^Team\.spec\.namespace$|\.priorityClassName$|\.plugin\.name$/, "dnsName"],
  [/^Environment\.spec\.namespaceTemplate$/, "namespaceTemplate"],
  [/^Pipeline\.metadata\.name$|\.triggers\.0\.after$|\.tasks\.0\.(name|dependsOn\.0)$/, "rfc1035Name"],
  [/^Environment\.metadata\.name$|\.promotion\.after$/, "environmentName"],
  [/^(BusinessUnit|Team)\.metadata\.name$/, "dnsName"],
  [/\.(secret|configMap)\.name$/, "dnsName"],
  [/\.(secret|configMap)\.key$/, "configKey"],
  [/\.env\.0\.name$/, "envName"],
  [/\.parameters\.0\.name$/, "paramName"],
  [/\.tolerations\.0\.key$/, "labelKey"],
  [/\.tolerations\.0\.value$|\.labels\.\*$|\.nodeSelector\.\*$/, "labelValue"],
  [/\.schedule$/, "cron"],
  [/\.timezone$/, "timezone"],
  [/\.(timeout|afterSuccess|afterFailure|afterCompletion|deleteDelayDuration|backoff|maxBackoff)$/, "duration"],
  [/\.(requests|limits)\.cpu$|\.quota\.cpu$|\.coreLimit$/, "cpu"],
  [/\.(requests|limits)\.(memory|ephemeral-storage)$|\.quota\.memory$/, "memory"],
  [/\.(driver|executor)\.(memory|memoryOverhead)$/, "jvmMemory"],
  [/\.image$/, "image"],
  [/\.sparkVersion$/, "sparkVersion"],
  [/\.mainClass$/, "mainClass"],
  [/\.mainApplicationFile$/, "appFile"],
  [/\.webhook\.endpoint$/, "endpoint"],
  [
    /\.description$|\.annotations\.\*$|^Repository\.metadata\.name$|\.owners\.0$|\.sparkConf\.\*$|\.parameters\.0\.(value|enum\.0)$|\.(command|args|arguments)\.0$|\.env\.0\.value$|\.source$|\.workingDir$/,
    "text",
  ],
];

/** Fields that cannot take a test value, and why. */
export const UNTESTABLE: Readonly<Record<string, string>> = {
  "Repository.spec.schemas.0": "names a CRD file that must exist on disk; its contents are schemas, never rendered into a manifest",
};

export function grammarOf(field: FieldPath): GrammarName | undefined {
  const text = field.join(".");
  return RULES.find(([re]) => re.test(text))?.[1];
}
