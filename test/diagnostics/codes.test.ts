// One fixture per diagnostic code: a small change to a valid repository, and
// every finding it must produce, asserted by code and line:column. A code
// registered without a fixture (or a reason it has none) fails the suite.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { allCodes } from "../../src/diagnostics/index.js";
import { createNodeHost } from "../../src/host/index.js";
import { layoutCases, specCases, yamlCases } from "./cases-input.js";
import { outputCases, templateCases } from "./cases-output.js";
import { policyCases } from "./cases-policy.js";
import { semanticCases } from "./cases-semantics.js";
import { at, BASE, compileFiles, compileHost, sortFindings, TEAM_DIR, withBase, type CodeCase, type Finding, type Files } from "./repo.js";

const cases: readonly CodeCase[] = [...yamlCases, ...layoutCases, ...specCases, ...semanticCases, ...templateCases, ...outputCases, ...policyCases];

/** Codes compile() cannot produce from repository input, and why. */
const notFromCompile: Readonly<Record<string, string>> = {
  MAN001: "from the manifest validator passed as CompileOptions.validateManifests, not from compile() itself",
  MAN002: "from the manifest validator passed as CompileOptions.validateManifests, not from compile() itself",
  ...Object.fromEntries(["MAN003", "MAN004", "MAN005", "MAN006"].map((c) => [c, "from `pipeforge check-manifests` (compile() reports CEL failures as MAN001); asserted with line:column in test/check-manifests/cli.test.ts"])),
  OUT001: "from `pipeforge build --check` comparing the committed output folder",
  OUT002: "from `pipeforge build` refusing an output folder it did not create",
  ...Object.fromEntries(["APP001", "APP002", "APP003", "APP004", "APP005", "APP006", "APP007", "APP008", "APP009", "APP010"].map((c) => [c, "from `pipeforge apps` expanding the emitted ApplicationSets (test/apps/apps-cli.test.ts)"])),
};

interface NodeHostCase {
  readonly code: string;
  readonly name: string;
  /** Builds the case inside `root` (holding the base repository); `outside` is a folder beside it. */
  readonly build: (root: string, outside: string) => void;
  readonly expected: readonly Finding[];
}

const LINK = `${TEAM_DIR}/extra/shared.yaml`;

const nodeHostCases: readonly NodeHostCase[] = [
  {
    code: "LAYOUT007",
    name: "file symlink to a file outside the repository",
    build: (root, outside) => {
      fs.writeFileSync(path.join(outside, "shared.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n");
      fs.mkdirSync(path.join(root, path.dirname(LINK)), { recursive: true });
      fs.symlinkSync(path.join(outside, "shared.yaml"), path.join(root, LINK));
    },
    expected: [at("LAYOUT007", LINK, 1, 1)],
  },
];

function compare(actual: readonly Finding[], c: Pick<CodeCase, "expected" | "cascade">): void {
  const kept = actual.filter((f) => !c.cascade?.includes(f.code));
  expect(sortFindings(kept)).toEqual(sortFindings(c.expected));
}

describe("the base repository", () => {
  it("compiles without findings", async () => {
    const { result, findings } = await compileFiles(BASE);
    expect(findings).toEqual([]);
    expect(result.manifests.length).toBeGreaterThan(0);
  });
});

describe("diagnostic codes from repository input", () => {
  it.each(cases)("$code: $name", async (c) => {
    const { findings } = await compileFiles(withBase(c.files, c.remove));
    compare(findings, c);
    // A cascade is allowed, not required; but it must really be a consequence.
    for (const code of c.cascade ?? []) expect(findings.map((f) => f.code)).toContain(code);
  });
});

describe("diagnostic codes from a repository on disk", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const writeTree = (root: string, files: Files): void => {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(root, ...rel.split("/"));
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    }
  };

  it.each(nodeHostCases)("$code: $name", async (c) => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "pipeforge-codes-"));
    made.push(parent);
    const root = path.join(parent, "repo");
    const outside = path.join(parent, "outside");
    fs.mkdirSync(outside);
    writeTree(root, BASE);
    c.build(root, outside);
    const { findings } = await compileHost(createNodeHost(root));
    compare(findings, c);
  });
});

describe("the code registry", () => {
  const covered = new Set([...cases, ...nodeHostCases].flatMap((c) => c.expected.map((f) => f.code)));
  const registered = allCodes().map((c) => c.code);

  it.each(registered)("%s has a fixture or a reason it has none", (code) => {
    expect(covered.has(code) || code in notFromCompile).toBe(true);
  });

  it.each(Object.keys(notFromCompile))("%s is listed as unreachable but registered and without a fixture", (code) => {
    expect(registered).toContain(code);
    expect(covered.has(code)).toBe(false);
  });

  it.each(cases.map((c) => ({ code: c.code, name: c.name, produced: c.expected.map((f) => f.code) })))("$code: $name expects its own code", ({ code, produced }) => {
    expect(produced).toContain(code);
  });
});
