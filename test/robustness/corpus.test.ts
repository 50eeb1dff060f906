// The adversarial corpus (issue 6): every case compiles on disk, in bounded
// time, to exactly its findings (code, file, line, column), without polluting
// Object.prototype; a clean case's output reads back as the same objects and
// carries its values verbatim; the CLI reports the same findings with exit 1
// (never 3) and `generate` prints nothing when it fails.
// The table is inputCases (bytes, YAML structure, files) and valueCases
// (values, keys, names); `purpose` is the case's one-line description.
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { sortFindings, type Finding } from "../diagnostics/repo.js";
import { jsonFindings, runInProcess } from "./cli.js";
import { inputCases } from "./corpus-cases.js";
import { caseFolders, compileOnDisk, CORPUS_DIR, materialize, prototypeKeys, TEAM, type CorpusCase } from "./corpus-support.js";
import { valueCases } from "./corpus-values.js";
import { expectCarried, expectStreamRoundTrips } from "./output-checks.js";

const corpus: readonly CorpusCase[] = [...inputCases, ...valueCases];

/** A hang guard, not a performance claim: every case is small or linear, and a case that takes this long is stuck in something quadratic or worse. */
const HANG_GUARD_MS = 5_000;

/** Runs `body` on the case materialised in a temporary folder, then removes it. */
async function onDisk(c: CorpusCase, body: (root: string) => Promise<void>): Promise<void> {
  const m = materialize(c);
  try {
    await body(m.root);
  } finally {
    m.dispose();
  }
}

describe("the corpus table", () => {
  it("has exactly one row per case folder, and a folder for every row without a setup step", () => {
    const rows = corpus.map((c) => c.name);
    expect(new Set(rows).size).toBe(rows.length);
    const folders = caseFolders();
    expect(folders.filter((f) => !rows.includes(f))).toEqual([]);
    expect(corpus.filter((c) => !c.setup && !folders.includes(c.name)).map((c) => c.name)).toEqual([]);
  });

  it("keeps binary fixtures byte-exact (.gitattributes: -text)", () => {
    expect(fs.readFileSync(path.join(CORPUS_DIR, ".gitattributes"), "utf8")).toMatch(/^\* -text$/m);
    const crlf = fs.readFileSync(path.join(CORPUS_DIR, "crlf", ...`${TEAM}/daily.yaml`.split("/")));
    expect(crlf.includes(Buffer.from("\r\n"))).toBe(true);
    const bom = fs.readFileSync(path.join(CORPUS_DIR, "bom", ...`${TEAM}/daily.yaml`.split("/")));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("adversarial corpus: compile", () => {
  it.each(corpus)("$name: $purpose", (c) =>
    onDisk(c, async (root) => {
      const { result, findings, ms } = await compileOnDisk(root);
      expect(ms, "compile wall time (ms)").toBeLessThan(HANG_GUARD_MS);
      expect(sortFindings(findings)).toEqual(sortFindings(c.expected));
      expect(prototypeKeys(), "keys added to Object.prototype").toEqual([]);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      for (const f of findings) {
        if (f.line === 0) continue;
        const text = result.sources.get(f.file);
        // A finding about a file that was not read (symlink, size, encoding) points at its start.
        if (text === undefined) expect([f.line, f.column]).toEqual([1, 1]);
        else expect(f.line, `${f.code} ${f.file}:${f.line}`).toBeLessThanOrEqual(text.split("\n").length);
      }
      if (!result.failed) expectStreamRoundTrips(result.manifests);
      for (const carried of c.carries ?? []) expectCarried(result.manifests, carried);
    }),
  );
});

// Size and depth attacks go through the real process instead, in bounds.test.ts.
describe("adversarial corpus: CLI", () => {
  const asText = (f: Finding) => (f.line ? `${f.code} ${f.file}:${f.line}:${f.column}` : f.code);

  it.each(corpus.filter((c) => !c.bounded))("$name: validate reports the table's findings; generate prints nothing on failure", (c) =>
    onDisk(c, async (root) => {
      const validate = await runInProcess(["validate", "--format", "json", "-C", root], root);
      expect(jsonFindings(validate.stdout)).toEqual(c.expected.map(asText).sort());
      const { summary } = JSON.parse(validate.stdout) as { summary: { error: number } };
      expect(validate.code).toBe(summary.error > 0 ? 1 : 0);

      const generate = await runInProcess(["generate"], path.join(root, ...TEAM.split("/")));
      expect([0, 1], `generate exit code; stderr: ${generate.stderr.slice(0, 500)}`).toContain(generate.code);
      if (generate.code !== 0) expect(generate.stdout).toBe("");
      else for (const doc of parseAllDocuments(generate.stdout)) expect(doc.errors).toEqual([]);
    }),
  );
});
