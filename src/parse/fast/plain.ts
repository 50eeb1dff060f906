// Plain scalars for the fast reader (reader.ts), resolved exactly as the `yaml` package composes
// them under given options: the schema's plain-scalar tags are tried in the order the package
// tries them (compose-scalar.js findScalarTagByTest). pipeforge's own specs and rendered
// templates are read as YAML 1.2 (core schema); plain manifests as YAML 1.1 (checker/yaml11.ts).
import { Document, isScalar, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions } from "yaml";

export type PlainOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** A single-line plain scalar's source → its value; throws UnresolvedScalar when the tag objects. */
export type PlainResolver = (source: string) => unknown;

/** Thrown when a plain scalar does not resolve cleanly; the fast reader then gives up. */
export class UnresolvedScalar extends Error {}

/**
 * The resolver for `options`. `tagLetters` are the ASCII letters a value of one of the schema's
 * tags may start with (`yes`, `null`, `true`…): a plain scalar starting with any other letter is
 * a string without trying a tag, which is most of them. The tests hold the two to the `yaml`
 * package on random scalars.
 */
export function plainResolver(options: PlainOptions, tagLetters: string): PlainResolver {
  let tags: ScalarTag[] | undefined;
  return (source) => {
    const c = source.charCodeAt(0);
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !tagLetters.includes(source[0] as string)) return source;
    tags ??= new Document(null, options).schema.tags.filter((t): t is ScalarTag => t.default === true && !("collection" in t && t.collection) && t.test instanceof RegExp);
    const tag = tags.find((t) => t.test?.test(source));
    if (!tag) return source;
    let failed = false;
    const value = tag.resolve(source, () => void (failed = true), options);
    if (failed) throw new UnresolvedScalar(source);
    return isScalar(value) ? value.value : value;
  };
}

/** YAML 1.2 core schema, as parse/document.ts and render/documents.ts read: null, booleans, numbers. */
export const resolveCore: PlainResolver = plainResolver({ version: "1.2" }, "nNtTfF");
