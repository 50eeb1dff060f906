// Random values for the fast reader's differential tests (fast-reader.test.ts, fast-file.test.ts),
// and the options the yaml package writes them with: every scalar style, indentation and
// collection style it has, and words that YAML 1.1 or 1.2 reads as something other than a string.
import fc from "fast-check";

const word = fc.constantFrom("a", "b-c", "key", "yes", "No", "on", "0755", "0o17", "1_000", "0x1F", "1:30", "2024-01-01", "~", "null", "Null", ".inf", "-1", "1e3", "x: y", "a #b", "#c", "'q'", '"d"', "e\\f", "- g", "[h]", "{i}", "&j", "*k", "!l", "%m", "@n", "|o", ">p", " lead", "trail ", "multi\nline", "tab\there", "", "é", "long ".repeat(30));
const key = fc.constantFrom("a", "b", "name", "metadata", "spec", "x-y", "a.b", "a/b", "with space", "123", "true", "on", "'q'", "#h", "null");

/** A mapping of random scalars, lists and mappings. */
export const yamlValue = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("scalar"), tie("list"), tie("map")),
  scalar: fc.oneof(word, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(key, tie("node"), { maxKeys: 5 }),
})).map;

/** stringify options. */
export const writeOptions = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  flowCollectionPadding: fc.boolean(),
} as const);
