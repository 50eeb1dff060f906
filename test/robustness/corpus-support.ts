// The adversarial corpus (test/fixtures/adversarial/<case>/): each case is the
// files that differ from the base repository of test/diagnostics (one
// environment, business unit, team and pipeline), plus an optional setup step
// for what git cannot hold portably or should not hold at all (symlinks,
// FIFOs, multi-megabyte files). Cases run on disk, through the node host the
// CLI uses, so file names, bytes and links are real.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile, type CompileResult } from "../../src/compile.js";
import { createNodeHost } from "../../src/host/index.js";
import { BASE, findingsOf, type Finding } from "../diagnostics/repo.js";
import { REPO_ROOT } from "../support/repo.js";
import type { CarriedValue } from "./output-checks.js";

export const CORPUS_DIR = path.join(REPO_ROOT, "test", "fixtures", "adversarial");
/** The base team folder every case adds to. */
export const TEAM = "environments/hml/autos/ml";

/** A value that must come out verbatim: in the manifest of this kind and name, at this path. */
export type Carried = CarriedValue;

export interface CorpusCase {
  /** The case's folder under test/fixtures/adversarial/ (a generated case may have none). */
  readonly name: string;
  /** One line: what the case attacks. */
  readonly purpose: string;
  /** Every finding of the compile, in any order. */
  readonly expected: readonly Finding[];
  /** Builds what the folder cannot hold, inside `root` (the repository) or `outside` (a folder beside it). */
  readonly setup?: (root: string, outside: string) => void;
  readonly carries?: readonly Carried[];
  /** A size or depth attack: bounds.test.ts runs it through the real CLI with a heap limit and a kill timeout. */
  readonly bounded?: boolean;
}

export interface Materialized {
  readonly root: string;
  readonly outside: string;
  dispose(): void;
}

/** The base repository, the case's folder copied over it byte for byte, then its setup. */
export function materialize(c: CorpusCase): Materialized {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "pipeforge-adversarial-"));
  const root = path.join(parent, "repo");
  const outside = path.join(parent, "outside");
  fs.mkdirSync(outside, { recursive: true });
  for (const [rel, content] of Object.entries(BASE)) writeFile(root, rel, content);
  const folder = path.join(CORPUS_DIR, c.name);
  if (fs.existsSync(folder)) fs.cpSync(folder, root, { recursive: true });
  c.setup?.(root, outside);
  return { root, outside, dispose: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

export function writeFile(root: string, rel: string, content: string | Uint8Array): void {
  const abs = path.join(root, ...rel.split("/"));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}

export interface Compiled {
  readonly result: CompileResult;
  readonly findings: Finding[];
  readonly ms: number;
}

export async function compileOnDisk(root: string): Promise<Compiled> {
  const started = performance.now();
  const result = await compile(createNodeHost(root));
  return { result, findings: findingsOf(result), ms: performance.now() - started };
}

/** Case folders present on disk (every one must have a row in the table). */
export function caseFolders(): string[] {
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Prototype pollution leaves keys on Object.prototype; this lists them. */
const BUILTIN_PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILTIN_PROTOTYPE_KEYS.has(k));
}
