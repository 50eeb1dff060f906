import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";
import { objectMetaRef } from "./bundle-format.js";
import { crdToJsonSchemas, finalizeKindSchema, groupVersionKinds, type GroupVersionKind } from "./crd-to-jsonschema.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { normalizeSchema } from "./schema-normalize.js";
import type { ExtraSchemaSource, SchemaSourceProblem } from "./types.js";

// The user's own schemas. A CRD goes through the same conversion as the bundled ones; a JSON
// schema is kept as its author wrote it (only cleaned up for ajv strict mode).

export interface ExtraKind {
  /** Exact apiVersion/kind, when the CRD or the schema says so. */
  gvk?: GroupVersionKind;
  /** Otherwise what a kubeconform file name gives: kind (lower case), group or its first label, version. */
  fileName?: { kind: string; group: string; version: string };
  source: string;
  schema: JsonObject;
  /** Base for relative `$ref`s (a JSON schema folder may keep shared parts in _definitions.json). */
  baseUrl?: string;
}

export interface ExtraSchemas {
  kinds: ExtraKind[];
  problems: SchemaSourceProblem[];
}

export function loadExtraSources(sources: readonly ExtraSchemaSource[]): ExtraSchemas {
  const out: ExtraSchemas = { kinds: [], problems: [] };
  for (const source of sources) {
    try {
      if (source.type === "crd") loadCrdFile(source.path, source.text ?? readFileSync(source.path, "utf8"), out);
      else loadJsonSchemaDir(source.path, out);
    } catch (error) {
      out.problems.push({ source: source.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

export function extraKindMatches(extra: ExtraKind, apiVersion: string, kind: string): boolean {
  if (extra.gvk) return extra.gvk.apiVersion === apiVersion && extra.gvk.kind === kind;
  if (!extra.fileName) return false;
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", apiVersion];
  const f = extra.fileName;
  return f.kind === kind.toLowerCase() && f.version === version && (f.group === group || f.group === group?.split(".")[0]);
}

function loadCrdFile(path: string, text: string, out: ExtraSchemas): void {
  parseAllDocuments(text).forEach((doc, i) => {
    const where = `${path} (document ${i + 1})`;
    if (doc.errors.length > 0) {
      out.problems.push({ source: where, message: `invalid YAML: ${doc.errors[0]?.message ?? ""}` });
      return;
    }
    const value: unknown = doc.toJS({ maxAliasCount: -1 });
    if (value === null || value === undefined) return;
    const { kinds, problems } = crdToJsonSchemas(value, { metadata: objectMetaRef() });
    for (const message of problems) out.problems.push({ source: where, message });
    for (const { schema, ...gvk } of kinds) out.kinds.push({ gvk, schema, source: path });
  });
}

function loadJsonSchemaDir(dir: string, out: ExtraSchemas): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && !n.startsWith("_")).sort()) {
    const path = join(dir, name);
    const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (!isJsonObject(raw)) {
      out.problems.push({ source: path, message: "not a JSON schema object" });
      continue;
    }
    const schema = normalizeSchema(raw, { closeObjects: false }) as JsonObject;
    const baseUrl = pathToFileURL(path).href;
    const declared = groupVersionKinds(raw);
    if (declared.length > 0) {
      for (const gvk of declared) out.kinds.push({ gvk, schema: finalizeKindSchema(schema, gvk), source: path, baseUrl });
      continue;
    }
    const fileName = parseKubeconformName(name);
    if (fileName) out.kinds.push({ fileName, schema, source: path, baseUrl });
    else out.problems.push({ source: path, message: "cannot tell the kind: name it {kind}-{group}-{version}.json or add x-kubernetes-group-version-kind" });
  }
}

/** `deployment-apps-v1.json`, `configmap-v1.json`, `sparkapplication-sparkoperator.k8s.io-v1beta2.json`. */
function parseKubeconformName(name: string): ExtraKind["fileName"] {
  const parts = basename(name, ".json").toLowerCase().split("-");
  const kind = parts[0];
  const version = parts.at(-1);
  if (parts.length < 2 || !kind || !version || !/^v\d+((alpha|beta)\d+)?$/.test(version)) return undefined;
  return { kind, group: parts.slice(1, -1).join("-"), version };
}
