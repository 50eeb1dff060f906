import { parseAllDocuments } from "yaml";
import { crdToJsonSchemas, type ConvertedKind } from "../crd-to-jsonschema.js";
import { isJsonObject, sortKeysDeep, type Json, type JsonObject } from "../json.js";
import { CEL_KEYWORD, forEachSubschema } from "../schema-normalize.js";
import {
  BUNDLE_FORMAT_VERSION, DEFS_FILE, INDEX_FILE, OBJECT_META_DEF, defRefName, objectMetaRef,
  type BundleIndex, type BundleKindEntry,
} from "../bundle-format.js";
import { convertKubernetesSchema } from "./kubernetes.js";
import { convertArgoEventsSchema } from "./argo-events.js";
import { hoistSharedSchemas } from "./hoist.js";
import {
  ARGO_EVENTS_SCHEMA, ARGO_EVENTS_SOURCE, CRD_SETS, KUBERNETES_DIR, KUBERNETES_SOURCE, NOTICE,
} from "./upstream-sources.js";

// Pure: upstream files in (through `UpstreamReader`), bundle files out. The CLI does the IO.

export interface UpstreamReader {
  readText(path: string): string;
  /** File names (not paths) directly inside `dir`. */
  list(dir: string): string[];
}

export interface BuiltBundle {
  /** Path relative to schemas/ → file content. */
  files: Map<string, string>;
  stats: { inputBytes: number; unsharedBytes: number; bundleBytes: number; defs: number; kinds: number };
}

/**
 * Shared sub-schemas smaller than this stay inline. Measured (cold process, compile the seven
 * Argo/Spark kinds): 1024 → 0.48 MB bundle, ~800 ms; 128 → 0.30 MB, ~360 ms; 64 → same as 128.
 * ajv itself inlines small leaf definitions again where it pays off (`inlineRefs`).
 */
export const HOIST_MIN_BYTES = 128;

interface PendingKind extends ConvertedKind {
  file: string;
  source: string;
  argoWorkflows?: BundleKindEntry["argoWorkflows"];
}

export function buildBundle(reader: UpstreamReader): BuiltBundle {
  let inputBytes = 0;
  const read = (path: string): string => {
    const text = reader.readText(path);
    inputBytes += Buffer.byteLength(text);
    return text;
  };
  const pending: PendingKind[] = [];
  let objectMeta: JsonObject | undefined;
  for (const name of reader.list(KUBERNETES_DIR).filter((n) => n.endsWith(".json")).sort()) {
    const converted = convertKubernetesSchema(JSON.parse(read(`${KUBERNETES_DIR}/${name}`)));
    objectMeta ??= converted.objectMeta;
    for (const kind of converted.kinds) pending.push({ ...kind, file: `kinds/kubernetes/${name}`, source: KUBERNETES_SOURCE });
  }
  if (!objectMeta) throw new Error(`no ObjectMeta found in ${KUBERNETES_DIR}`);
  for (const set of CRD_SETS) {
    for (const name of reader.list(set.dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      for (const doc of parseAllDocuments(read(`${set.dir}/${name}`))) {
        const { kinds, problems } = crdToJsonSchemas(doc.toJS({ maxAliasCount: -1 }), { metadata: objectMetaRef() });
        if (problems.length > 0) throw new Error(`${set.dir}/${name}: ${problems.join("; ")}`);
        for (const kind of kinds) {
          pending.push({ ...kind, file: `kinds/${set.folder}/${kindFileName(kind)}`, source: set.source, argoWorkflows: set.argoWorkflows });
        }
      }
    }
  }
  const events = convertArgoEventsSchema(JSON.parse(read(ARGO_EVENTS_SCHEMA)));
  for (const kind of events.kinds) pending.push({ ...kind, file: `kinds/argo-events/${kindFileName(kind)}`, source: ARGO_EVENTS_SOURCE });

  const named = new Map([[OBJECT_META_DEF, objectMeta], ...events.named]);
  const { roots, defs } = hoistSharedSchemas(new Map(pending.map((k) => [k.file, k.schema])), named, { minBytes: HOIST_MIN_BYTES });

  const files = new Map<string, string>();
  const defsText = serializeDefs(defs);
  files.set(DEFS_FILE, defsText);
  for (const [file, schema] of roots) files.set(file, `${JSON.stringify(sortKeysDeep(schema))}\n`);
  const index: BundleIndex = { formatVersion: BUNDLE_FORMAT_VERSION, kinds: indexEntries(pending, roots, defs) };
  files.set(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  files.set("NOTICE", NOTICE);

  const unsharedBytes = pending.reduce((n, k) => n + JSON.stringify(k.schema).length + 1, 0);
  const bundleBytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  return { files, stats: { inputBytes, unsharedBytes, bundleBytes, defs: defs.size, kinds: roots.size } };
}

/** kubeconform's `{kind}-{group}-{version}.json`, with the full group. */
function kindFileName({ apiVersion, kind }: ConvertedKind): string {
  return `${kind}-${apiVersion.replace("/", "-")}.json`.toLowerCase();
}

function serializeDefs(defs: Map<string, JsonObject>): string {
  // One definition per line: small diffs when an upstream changes, one JSON.parse to load.
  const lines = [...defs.keys()].sort().map((name) => `${JSON.stringify(name)}:${JSON.stringify(sortKeysDeep(defs.get(name) as Json))}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

function indexEntries(pending: PendingKind[], roots: Map<string, JsonObject>, defs: Map<string, JsonObject>): BundleKindEntry[] {
  const entry = (k: PendingKind, argoWorkflows: PendingKind["argoWorkflows"]): BundleKindEntry => ({
    apiVersion: k.apiVersion,
    kind: k.kind,
    ...(argoWorkflows ? { argoWorkflows } : {}),
    file: k.file,
    source: k.source,
    celRules: countCelRules(roots.get(k.file) as JsonObject, defs),
  });
  const entries = pending.map((k) => entry(k, k.argoWorkflows));
  // Kinds the v3.7 line does not ship full CRDs for here (ClusterWorkflowTemplate,
  // WorkflowEventBinding) use the v4 schema for target "3.7" too.
  const has37 = new Set(pending.filter((k) => k.argoWorkflows === "3.7").map((k) => `${k.apiVersion}|${k.kind}`));
  for (const k of pending) {
    if (k.argoWorkflows === "4" && !has37.has(`${k.apiVersion}|${k.kind}`)) entries.push(entry(k, "3.7"));
  }
  return entries.sort((a, b) => `${a.apiVersion}|${a.kind}|${a.argoWorkflows ?? ""}`.localeCompare(`${b.apiVersion}|${b.kind}|${b.argoWorkflows ?? ""}`));
}

/** CEL rules reachable from a kind schema, each shared definition counted once per use. */
function countCelRules(schema: JsonObject, defs: Map<string, JsonObject>): number {
  let total = 0;
  const open = new Set<string>(); // a recursive definition is counted on its first visit only
  const visit = (node: Json): void => {
    if (!isJsonObject(node)) return;
    const name = defRefName(node);
    if (name !== undefined && !open.has(name)) {
      open.add(name);
      visit(defs.get(name) ?? null);
      open.delete(name);
    }
    const rules = node[CEL_KEYWORD];
    if (Array.isArray(rules)) total += rules.length;
    forEachSubschema(node, visit);
  };
  visit(schema);
  return total;
}
