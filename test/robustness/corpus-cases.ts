// The adversarial corpus, part 1: how bytes become YAML documents (bombs,
// sizes, encodings, line endings, YAML structure) and which files are read
// at all (names, symlinks, special files). Each row: the case folder under
// test/fixtures/adversarial/, its purpose, and every finding it must produce.
// Not repeated here (test/diagnostics/codes.test.ts has them): a Latin-1 byte,
// a tab as indentation, and a file symlink leaving the repository.
import { at } from "../diagnostics/repo.js";
import { generate } from "./corpus-generators.js";
import { TEAM, type CorpusCase } from "./corpus-support.js";

const PIPE = `${TEAM}/daily.yaml`;
const EXTRA = `${TEAM}/extra`;

export const inputCases: readonly CorpusCase[] = [
  // --- bounded time and memory: each finishes fast with one finding at the document's first token
  { name: "alias-bomb", bounded: true, purpose: "billion laughs: nine levels of nine aliases in a plain manifest", expected: [at("YAML003", `${EXTRA}/lol.yaml`, 2, 1)] },
  { name: "alias-bomb-pipeline", bounded: true, purpose: "the same bomb inside a Pipeline's container args", expected: [at("YAML003", `${TEAM}/lol.yaml`, 2, 1)] },
  { name: "deep-nesting-flow-seq", bounded: true, purpose: "10,000 nested flow sequences: no stack overflow, one finding at a fixed place", expected: [at("YAML001", `${EXTRA}/deep.yaml`, 2, 1)] },
  { name: "deep-nesting-flow-map", bounded: true, purpose: "10,000 nested flow mappings in a spec's labels", expected: [at("YAML001", PIPE, 2, 1)] },
  { name: "deep-nesting-block-seq", bounded: true, purpose: "10,000 nested block sequences written compactly (- - - x)", expected: [at("YAML001", `${EXTRA}/deep.yaml`, 2, 1)] },
  { name: "deep-nesting-block-map", bounded: true, purpose: "2,500 nested block mappings (3 MB, under the size limit)", setup: generate.deepBlockMap, expected: [at("YAML001", `${EXTRA}/deep.yaml`, 1, 1)] },
  { name: "file-over-size-limit", bounded: true, purpose: "a file one byte over 4 MiB is refused before parsing", setup: generate.overLimit, expected: [at("YAML004", `${EXTRA}/huge.yaml`, 1, 1)] },
  { name: "file-at-size-limit", bounded: true, purpose: "a file of exactly 4 MiB is still read", setup: generate.atLimit, expected: [] },
  { name: "long-line", bounded: true, purpose: "one 3 MB line in a valid manifest", setup: generate.longLine, expected: [] },
  { name: "many-keys", bounded: true, purpose: "30,000 keys in one mapping: duplicate detection must not be quadratic", setup: generate.manyKeys, expected: [] },
  { name: "many-documents", bounded: true, purpose: "1,500 manifests in one file: per-document work must not re-read the file", setup: generate.manyDocuments, expected: [] },
  { name: "many-empty-documents", bounded: true, purpose: "100,000 empty documents in one file", setup: generate.manyEmptyDocuments, expected: [] },

  // --- encodings and line endings
  { name: "invalid-utf8-utf16", purpose: "a UTF-16LE file with its byte-order mark", expected: [at("YAML005", `${EXTRA}/wide.yaml`, 1, 1)] },
  { name: "invalid-utf8-truncated", purpose: "a file ending inside a multi-byte sequence", expected: [at("YAML005", `${EXTRA}/euro.yaml`, 1, 1)] },
  { name: "invalid-utf8-overlong", purpose: "an overlong encoding of '/' (0xC0 0xAF)", expected: [at("YAML005", `${EXTRA}/slash.yaml`, 1, 1)] },
  { name: "invalid-utf8-surrogate", purpose: "a UTF-8-encoded lone surrogate (0xED 0xA0 0x80)", expected: [at("YAML005", `${EXTRA}/half.yaml`, 1, 1)] },
  { name: "bom", purpose: "UTF-8 byte-order marks: dropped, positions not shifted", expected: [at("SPEC002", PIPE, 9, 7)] },
  {
    name: "crlf",
    purpose: "CRLF line endings: same positions; line breaks in block scalars become \\n, escaped ones stay",
    expected: [at("SPEC002", PIPE, 9, 7)],
    carries: [
      { kind: "CronWorkflow", name: "clean", path: ["spec", "workflowSpec", "templates", 1, "script", "source"], value: "print('a')\nprint('b')\n" },
      { kind: "CronWorkflow", name: "clean", path: ["metadata", "annotations", "pipeforge.io/description"], value: "two\r\nlines" },
    ],
  },
  { name: "cr-line-endings", purpose: "lone CR line endings, which YAML 1.2 counts as line breaks", expected: [at("SPEC002", PIPE, 9, 7)] },
  {
    name: "tabs-in-values",
    purpose: "tabs as separators and inside values are kept",
    expected: [],
    carries: [
      { kind: "CronWorkflow", name: "daily", path: ["metadata", "annotations", "pipeforge.io/description"], value: "Tab\tseparated" },
      { kind: "CronWorkflow", name: "daily", path: ["spec", "workflowSpec", "templates", 1, "container", "args"], value: ["a\tb", "\tescaped"] },
      { kind: "CronWorkflow", name: "daily", path: ["spec", "workflowSpec", "templates", 1, "container", "env", 0, "value"], value: "x\ty" },
    ],
  },

  // --- YAML structure
  {
    name: "duplicate-keys",
    purpose: "duplicate keys: plain and quoted, in flow and nested mappings; keys differing in case are distinct",
    expected: [at("YAML002", PIPE, 11, 9), at("YAML002", `${EXTRA}/flow.yaml`, 5, 24), at("YAML002", `${EXTRA}/nested.yaml`, 7, 5)],
  },
  { name: "empty-files", purpose: "empty, comment-only, separator-only, blank and null files compile to nothing", expected: [] },
  { name: "empty-team-file", purpose: "an empty team.yaml must not make the team silently vanish", expected: [at("LAYOUT005", `${TEAM}/team.yaml`, 1, 1)] },
  { name: "comment-only-team-file", purpose: "a team.yaml holding only a comment is no Team either", expected: [at("LAYOUT005", `${TEAM}/team.yaml`, 1, 1)] },
  { name: "empty-environment-file", purpose: "an empty environment.yaml must not make the environment silently vanish", expected: [at("LAYOUT006", "environments/hml/environment.yaml", 1, 1)] },
  { name: "multi-document", purpose: "a Pipeline, a ConfigMap, an empty document and a Pipeline in one file; positions in the last", expected: [at("SPEC002", `${TEAM}/bundle.yaml`, 24, 7)] },
  {
    name: "non-string-keys",
    purpose: "number, boolean, null and collection keys in specs and manifests",
    expected: [
      at("YAML007", PIPE, 8, 5),
      at("YAML007", PIPE, 9, 5),
      at("YAML007", PIPE, 10, 5),
      at("YAML007", PIPE, 11, 7),
      at("YAML007", PIPE, 13, 7),
      at("YAML007", `${EXTRA}/codes.yaml`, 6, 3),
      at("YAML007", `${EXTRA}/codes.yaml`, 7, 3),
      at("YAML007", `${EXTRA}/codes.yaml`, 8, 3),
      at("YAML007", `${EXTRA}/codes.yaml`, 9, 3),
    ],
  },
  { name: "merge-key", purpose: "YAML 1.1 merge keys (<<) are an unknown field in a YAML 1.2 spec, not a merge", expected: [at("SPEC002", PIPE, 13, 7)] },
  {
    name: "custom-tags",
    purpose: "!js/function and !!python/object stay inert strings (warned), !!binary is not a string",
    expected: [at("YAML001", PIPE, 8, 24), at("YAML001", PIPE, 9, 24), at("SPEC001", PIPE, 11, 33)],
  },

  // --- which files are read
  {
    name: "symlink-outside-dir",
    purpose: "a folder symlink leaving the repository is not read, and is reported rather than silently skipped",
    setup: generate.symlinkOutsideDir,
    expected: [at("LAYOUT007", EXTRA, 1, 1)],
  },
  {
    name: "symlink-loop",
    purpose: "two symlinks pointing at each other",
    setup: generate.symlinkLoop,
    expected: [at("YAML001", `${TEAM}/a.yaml`, 1, 1), at("YAML001", `${TEAM}/b.yaml`, 1, 1)],
  },
  { name: "symlink-dangling", purpose: "a symlink to nothing", setup: generate.symlinkDangling, expected: [at("YAML001", `${TEAM}/gone.yaml`, 1, 1)] },
  {
    name: "symlink-inside",
    purpose: "a symlink to another file of the repository is read as that file (so the pipeline is defined twice)",
    setup: generate.symlinkInside,
    expected: [at("SEM001", PIPE, 4, 9), at("SEM016", PIPE, 4, 9)],
  },
  {
    name: "special-files",
    purpose: "a FIFO (which would block a reader) and a folder named like a YAML file",
    setup: generate.specialFiles,
    expected: [at("YAML001", `${TEAM}/pipe.yaml`, 1, 1)],
  },
  {
    name: "file-names-unicode",
    purpose: "spaces, non-ASCII, '#', '&' and a leading '-' in file names; findings name the file exactly",
    expected: [at("MAN001", `${EXTRA}/naïve 日本.yaml`, 6, 1)],
  },
  {
    name: "file-name-as-pipeline-name",
    purpose: "a pipeline named after a file name with a space or non-ASCII letter",
    expected: [at("SEM013", `${TEAM}/relatório.yaml`, 2, 7), at("SEM013", `${TEAM}/weekly report.yaml`, 2, 7)],
  },
];
