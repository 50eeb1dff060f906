// Plain manifests read the way kubectl and the API server read them: sigs.k8s.io/yaml on top of
// go-yaml v2, a YAML 1.1 reader. So `mode: 0755` is 493, `enabled: yes` is true and `1_000` is
// 1000 — but, as go-yaml v2 does when decoding into an untyped value, an unquoted date stays a
// string, `1:30` is not a base-60 number, and `!!binary` is left as text. The yaml package's
// "yaml-1.1" schema does all of the former; the tags for the latter are removed from it.
// Documents keep their nodes, so every finding still has a line and column.
import { parseAllDocuments, type Document } from "yaml";
import { plainResolver, type PlainOptions, type PlainResolver } from "../parse/fast/plain.js";
import { goYamlV2Tags } from "../parse/yaml11-tags.js";

const OPTIONS: PlainOptions = {
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

/** Plain scalars for the fast reader, as this schema reads them (`yes`, `on`, `null`, `true`… start with these letters). */
export const resolvePlain11: PlainResolver = plainResolver(OPTIONS, "yYnNtTfFoO");
