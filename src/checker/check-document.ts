// One YAML document → its results: parse problems, kind selection (--skip, --reject), schema and
// CEL validation, each finding placed at its line and column. A `kind: List` is split into its
// items, each a resource of its own, as kubeconform does.
import type { Document } from "yaml";
import type { Position } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
// validate/index.js would also load the compile stage (and the spec schemas): not on this path.
import type { SchemaRegistry } from "../validate/registry.js";
import { validateManifest } from "../validate/validate-manifest.js";
import type { FileText } from "./embedded-position.js";
import { finding, schemaFindings } from "./findings.js";
import { identityOf, isList, type Identity } from "./identity.js";
import type { KindMatcher } from "./kinds.js";
import { documentLocator, type Locator } from "./locate.js";
import { pathText, pointerOf } from "./paths.js";
import type { CheckOptions, Finding, ResourceResult, ResourceStatus } from "./types.js";
import { MAX_ALIAS_COUNT } from "./yaml11.js";

export interface CheckContext {
  readonly registry: SchemaRegistry;
  readonly options: CheckOptions;
  readonly skip: KindMatcher;
  readonly reject: KindMatcher;
}

interface Parsed {
  readonly file: string;
  readonly index: number;
  readonly doc: Document.Parsed;
  readonly text: FileText;
}

/** One document's results: one resource, or one per item of a `kind: List` (as kubeconform splits them). */
export function checkDocument({ file, index, doc, text }: Parsed, ctx: CheckContext): ResourceResult[] {
  const at = (offset: number): Position => text.lines.position(offset);
  const start = doc.contents?.range?.[0] ?? doc.range[0];
  const base = { file, index, line: at(start).line };
  const findings: Finding[] = [];
  let broken = false;
  for (const e of doc.errors) {
    const duplicate = e.code === "DUPLICATE_KEY";
    // A duplicate key does not stop reading: the last value wins, as in go-yaml.
    broken ||= !duplicate;
    const severity = duplicate && !ctx.options.strict ? "warning" : "error";
    const message = duplicate ? `duplicate key ${JSON.stringify(text.text.slice(e.pos[0], e.pos[1]))}` : firstLine(e.message);
    findings.push(finding(duplicate ? "YAML002" : "YAML001", severity, message, at(e.pos[0]), []));
  }
  for (const w of doc.warnings) findings.push(finding("YAML001", "warning", firstLine(w.message), at(w.pos[0]), []));
  if (broken) return [result(base, "error", findings)];

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const bomb = /alias count/i.test(String(error));
    const message = bomb ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions)` : firstLine(String(error));
    return [result(base, "error", [...findings, finding(bomb ? "YAML003" : "YAML001", "error", message, at(start), [])])];
  }
  const locator = documentLocator(text, { file, index, doc, value, start: doc.range[0] });
  const identity = identityOf(value);
  if (!identity) return [result(base, "error", [...findings, notAnObject(value, locator)])];
  if (!isList(identity)) return [checkResource(value, identity, { ...base, ...identity }, locator, [], findings, ctx)];

  // A List: each item is a resource of its own, reported at its place in the document.
  const items = (value as { items?: unknown }).items;
  const list = { ...base, ...identity };
  if (!Array.isArray(items)) {
    const where = "items" in (value as object) ? ["items"] : [];
    return [result(list, "error", [...findings, finding("MAN006", "error", `a ${identity.kind} holds its objects in items, which ${where.length ? "is not a list" : "is missing"}`, locator.at(where), where)])];
  }
  if (items.length === 0) return findings.length > 0 ? [result(list, "valid", findings)] : [];
  return items.map((item, i) => {
    const prefix = ["items", i];
    const own = i === 0 ? findings : [];
    const itemBase = { ...base, line: locator.at(prefix).line };
    const itemIdentity = identityOf(item);
    if (!itemIdentity) return result(itemBase, "error", [...own, ...prefixed(prefix, [notAnObject(item, within(locator, prefix))])]);
    return checkResource(item, itemIdentity, { ...itemBase, ...itemIdentity }, locator, prefix, own, ctx);
  });
}

/** Kind selection and schema validation of one object found at `prefix` in its document. */
function checkResource(value: unknown, identity: Identity, resource: Omit<ResourceResult, "status" | "findings">, docLocator: Locator, prefix: JsonPath, earlier: readonly Finding[], ctx: CheckContext): ResourceResult {
  const locator = within(docLocator, prefix);
  const { apiVersion, kind } = identity;
  if (ctx.skip(apiVersion, kind)) return result(resource, "skipped", [...earlier]);
  if (ctx.reject(apiVersion, kind)) {
    return result(resource, "error", [...earlier, ...prefixed(prefix, [finding("MAN003", "error", `${apiVersion} ${kind} is rejected (--reject)`, locator.at(["kind"]), ["kind"])])]);
  }
  const check = validateManifest(ctx.registry, value);
  if (check.status === "missing-schema") {
    if (ctx.options.ignoreMissingSchemas) return result(resource, "skipped", [...earlier]);
    const message = `no schema for ${apiVersion} ${kind}`;
    const hint = "Pass its CRD or a JSON-schema folder with --schema-location, skip the kind with --skip, or pass --ignore-missing-schemas.";
    return result(resource, "error", [...earlier, ...prefixed(prefix, [finding("MAN002", "error", message, locator.at(["kind"]), ["kind"], hint)])]);
  }
  const findings = [...earlier, ...prefixed(prefix, schemaFindings(check, locator, ctx.options.strict))];
  return result(resource, findings.some((f) => f.severity === "error") ? "invalid" : "valid", findings);
}

/** A locator for the object at `prefix` of a document: paths are the object's own. */
function within(locator: Locator, prefix: JsonPath): Locator {
  if (prefix.length === 0) return locator;
  return {
    at: (path, prefer, embeddedIn) => locator.at([...prefix, ...path], prefer, embeddedIn && [...prefix, ...embeddedIn]),
    inside: (embeddedIn, inner) => locator.inside([...prefix, ...embeddedIn], inner),
    source: (path) => locator.source([...prefix, ...path]),
  };
}

/** Findings of the object at `prefix`, with their pointer and path from the top of the document. */
function prefixed(prefix: JsonPath, findings: readonly Finding[]): Finding[] {
  if (prefix.length === 0) return [...findings];
  const pointer = pointerOf(prefix);
  const text = pathText(prefix);
  return findings.map((f) => ({ ...f, pointer: `${pointer}${f.pointer}`, path: f.path === "" ? text : f.path.startsWith("[") ? `${text}${f.path}` : `${text}.${f.path}` }));
}

/** MAN006 at the offending apiVersion or kind when there is one, else at the document. */
function notAnObject(value: unknown, locator: Locator): Finding {
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!object) return finding("MAN006", "error", "not a Kubernetes object: the document is not a mapping", locator.at([]), []);
  const missing = typeof object.apiVersion === "string" && object.apiVersion !== "" ? "kind" : "apiVersion";
  const path = missing in object ? [missing] : [];
  return finding("MAN006", "error", `not a Kubernetes object: ${missing} is missing or not a string`, locator.at(path), path);
}

function result(base: Omit<ResourceResult, "status" | "findings">, status: ResourceStatus, findings: Finding[]): ResourceResult {
  const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { ...base, status, findings: sorted };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
