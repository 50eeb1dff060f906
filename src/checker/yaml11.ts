// Plain manifests read the way kubectl and the API server read them: sigs.k8s.io/yaml on top of
// go-yaml v2, a YAML 1.1 reader. So `mode: 0755` is 493, `enabled: yes` is true and `1_000` is
// 1000 — but, as go-yaml v2 does when decoding into an untyped value, an unquoted date stays a
// string, `1:30` is not a base-60 number, and `!!binary` is left as text. The yaml package's
// "yaml-1.1" schema does all of the former; the tags for the latter are removed from it.
// Documents keep their nodes, so every finding still has a line and column.
import { Document, isScalar, parseAllDocuments, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions } from "yaml";
import { goYamlV2Tags } from "../parse/yaml11-tags.js";

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.1",
  customTags: goYamlV2Tags,
  // Duplicates are reported (error with --strict, warning without); the last value wins, as in go-yaml.
  uniqueKeys: true,
  prettyErrors: false,
};

/** Alias expansion bound, as in src/parse: a few anchors are fine, an alias bomb is not. */
export const MAX_ALIAS_COUNT = 100;

export function parseManifests(text: string): Document.Parsed[] {
  return parseAllDocuments(text, OPTIONS) as Document.Parsed[];
}

// The plain-scalar tags of that schema, in the order the `yaml` package tries them
// (compose-scalar.js findScalarTagByTest), for the fast reader (fast-yaml.ts).
let plainTags: ScalarTag[] | undefined;

/** Thrown when a plain scalar does not resolve cleanly; the fast reader then gives up. */
export class UnresolvedScalar extends Error {}

/** A single-line plain scalar's value, exactly as the `yaml` package composes it with these options. */
export function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most values are words: a first letter no tag of the schema can start with makes a string.
  if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !"yYnNtTfFoO".includes(source[0] as string)) return source;
  plainTags ??= new Document(null, OPTIONS).schema.tags.filter((t): t is ScalarTag => t.default === true && !("collection" in t && t.collection) && t.test instanceof RegExp);
  const tag = plainTags.find((t) => t.test?.test(source));
  if (!tag) return source;
  let failed = false;
  const value = tag.resolve(source, () => void (failed = true), OPTIONS);
  if (failed) throw new UnresolvedScalar(source);
  return isScalar(value) ? value.value : value;
}
