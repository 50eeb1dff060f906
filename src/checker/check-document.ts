// One YAML document → one result: parse problems, kind selection (--skip, --reject), schema and
// CEL validation, each finding placed at its line and column.
import type { Document } from "yaml";
import type { Position } from "../diagnostics/index.js";
// validate/index.js would also load the compile stage (and the spec schemas): not on this path.
import type { SchemaRegistry } from "../validate/registry.js";
import { validateManifest } from "../validate/validate-manifest.js";
import type { FileText } from "./embedded-position.js";
import { finding, schemaFindings } from "./findings.js";
import { identityOf } from "./identity.js";
import type { KindMatcher } from "./kinds.js";
import { documentLocator, type Locator } from "./locate.js";
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

export function checkDocument({ file, index, doc, text }: Parsed, ctx: CheckContext): ResourceResult {
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
  if (broken) return result(base, "error", findings);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const bomb = /alias count/i.test(String(error));
    const message = bomb ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions)` : firstLine(String(error));
    return result(base, "error", [...findings, finding(bomb ? "YAML003" : "YAML001", "error", message, at(start), [])]);
  }
  const locator = documentLocator(text, { file, index, doc, value, range: [doc.range[0], doc.range[2]] });
  const identity = identityOf(value);
  if (!identity) return result(base, "error", [...findings, notAnObject(value, locator)]);
  const { apiVersion, kind } = identity;
  const resource = { ...base, ...identity };

  if (ctx.skip(apiVersion, kind)) return result(resource, "skipped", findings);
  if (ctx.reject(apiVersion, kind)) {
    return result(resource, "error", [...findings, finding("MAN003", "error", `${apiVersion} ${kind} is rejected (--reject)`, locator.at(["kind"]), ["kind"])]);
  }
  const check = validateManifest(ctx.registry, value);
  if (check.status === "missing-schema") {
    if (ctx.options.ignoreMissingSchemas) return result(resource, "skipped", findings);
    const message = `no schema for ${apiVersion} ${kind}`;
    const hint = "Pass its CRD or a JSON-schema folder with --schema-location, skip the kind with --skip, or pass --ignore-missing-schemas.";
    return result(resource, "error", [...findings, finding("MAN002", "error", message, locator.at(["kind"]), ["kind"], hint)]);
  }
  findings.push(...schemaFindings(check, locator, ctx.options.strict));
  return result(resource, findings.some((f) => f.severity === "error") ? "invalid" : "valid", findings);
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
