// An emitted Kubernetes object with everything later stages need: where it is
// written, which scope it belongs to, and where each of its values came from.
import { Document, stringify, visit } from "yaml";
import type { Location } from "../diagnostics/index.js";
import type { JsonPath } from "../parse/index.js";
import { writeYaml } from "./yaml-writer.js";

export interface ManifestScope {
  readonly env: string;
  readonly bu?: string;
  readonly team?: string;
  /** Pipeline id `<env>/<bu>/<team>/<name>` for per-pipeline objects. */
  readonly pipeline?: string;
}

export interface EmbeddedManifest {
  /** Path of the string field holding the manifest (a resource template's `manifest`). */
  readonly path: JsonPath;
  readonly value: Record<string, unknown>;
  origin(path: JsonPath): Location;
}

export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly value: Record<string, unknown>;
  /** Output path relative to the output folder, POSIX. */
  readonly path: string;
  readonly scope: ManifestScope;
  /** The template that rendered it, or the source file of a plain manifest. */
  readonly producer: string;
  readonly plain: boolean;
  /** Source location that produced the value at `path` (the nearest known ancestor); `key` prefers the field's key where the source has one. */
  origin(path: JsonPath, prefer?: "key" | "value"): Location;
  readonly embedded: readonly EmbeddedManifest[];
  /** Source files whose content flows into this object (the spec and every layer it inherits from). */
  readonly sources: readonly string[];
}

/**
 * Deterministic YAML text that YAML 1.1 and 1.2 readers read as the same data
 * (yaml-writer.ts); values the direct writer does not take go through the
 * `yaml` library as YAML 1.1, so every string a 1.1 parser would read as
 * something else (yes, on, n, 0777, 1:30, ...) is quoted.
 */
export function serializeManifest(value: unknown): string {
  const direct = writeYaml(value);
  if (direct !== undefined) return direct;
  if (!YAML11_BREAKS.test(JSON.stringify(value) ?? "")) return stringify(value, { version: "1.1", lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
  // NEL, LS and PS are line breaks to YAML 1.1 readers: such strings go double-quoted, with the breaks escaped.
  const doc = new Document(value, { version: "1.1", aliasDuplicateObjects: false });
  visit(doc, { Scalar: (_k, node) => void (typeof node.value === "string" && YAML11_BREAKS.test(node.value) && (node.type = "QUOTE_DOUBLE")) });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 }).replace(/\u0085/g, "\\N").replace(/\u2028/g, "\\L").replace(/\u2029/g, "\\P");
}

const YAML11_BREAKS = /[\u0085\u2028\u2029]/u;

export function serializeStream(values: readonly unknown[]): string {
  return values.map((v) => `---\n${serializeManifest(v)}`).join("");
}

export function outputPath(scope: ManifestScope, kind: string, name: string): string {
  const file = `${kind.toLowerCase()}-${name}.yaml`;
  if (scope.team && scope.bu) return `${scope.env}/${scope.bu}/${scope.team}/${file}`;
  return scope.env ? `_argocd/${scope.env}/${file}` : `_argocd/${file}`;
}
