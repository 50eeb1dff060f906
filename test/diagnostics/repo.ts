// The smallest valid repository, and a compile's diagnostics reduced to what
// the fixtures in this folder assert: code, file and 1-based line:column.
import { compile, type CompileResult } from "../../src/compile.js";
import { createSpanResolver } from "../../src/diagnostics/index.js";
import type { Host } from "../../src/host/index.js";
import { compileFiles as compileMemory } from "../support/repo.js";

export type Files = Readonly<Record<string, string | Uint8Array>>;

export interface Finding {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export const at = (code: string, file: string, line: number, column: number): Finding => ({ code, file, line, column });

/** YAML text from its lines: line N of the file is argument N, so positions can be read off a case. */
export const lines = (...text: string[]): string => `${text.join("\n")}\n`;

export const API = "apiVersion: pipeforge.io/v1alpha1";

export const REPO = "pipeforge.yaml";
export const ENV = "environments/hml/environment.yaml";
export const BU = "environments/hml/autos/businessunit.yaml";
export const TEAM = "environments/hml/autos/ml/team.yaml";
export const PIPE = "environments/hml/autos/ml/daily.yaml";
/** A folder of the base team for extra files (pipelines or plain manifests). */
export const TEAM_DIR = "environments/hml/autos/ml";

export const BASE: Files = {
  [REPO]: lines(API, "kind: Repository", "spec:", "  repoURL: https://git.example.com/data/pipelines.git"),
  [ENV]: lines(API, "kind: Environment", "spec:", "  cluster: https://kubernetes.default.svc"),
  [BU]: lines(API, "kind: BusinessUnit", "metadata:", "  name: autos"),
  [TEAM]: lines(API, "kind: Team", "spec:", "  owners: [ml@example.com]"),
  [PIPE]: lines(
    API, //                          1
    "kind: Pipeline", //             2
    "metadata:", //                  3
    "  name: daily", //              4
    "spec:", //                      5
    '  schedule: "0 3 * * *"', //    6
    "  tasks:", //                   7
    "    - name: hello", //          8
    "      container:", //           9
    "        image: alpine:3.20", // 10
  ),
};

/** The base with `files` added or replaced and `remove` taken out. */
export function withBase(files: Files, remove: readonly string[] = []): Files {
  const out: Record<string, string | Uint8Array> = { ...BASE, ...files };
  for (const path of remove) delete out[path];
  return out;
}

export function findingsOf(result: CompileResult): Finding[] {
  const span = createSpanResolver(result.sources);
  return result.diagnostics.map((d) => {
    if (!d.location) return at(d.code, "", 0, 0);
    const { start } = span(d.location);
    return at(d.code, d.location.file, start.line, start.column);
  });
}

export async function compileHost(host: Host): Promise<{ result: CompileResult; findings: Finding[] }> {
  const result = await compile(host);
  return { result, findings: findingsOf(result) };
}

export async function compileFiles(files: Files): Promise<{ result: CompileResult; findings: Finding[] }> {
  const result = await compileMemory({ ...files });
  return { result, findings: findingsOf(result) };
}

/** Stable order for comparing finding lists: file, line, column, code. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  const key = (f: Finding) => [f.file, String(f.line).padStart(8, "0"), String(f.column).padStart(8, "0"), f.code].join("\0");
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One fixture: a change to the base repository and every finding it must produce. */
export interface CodeCase {
  /** The code the case is a fixture for. */
  readonly code: string;
  readonly name: string;
  /** Files added to the base repository, or replacing its files. */
  readonly files: Files;
  readonly remove?: readonly string[];
  /** Every finding of the compile, in any order. */
  readonly expected: readonly Finding[];
  /** Codes that the fault also produces downstream (one per emitted object); left out of the comparison. */
  readonly cascade?: readonly string[];
}

/** A Pipeline named `name`; its spec lines start at line 6. */
export const pipeline = (name: string, ...spec: string[]): string => lines(API, "kind: Pipeline", "metadata:", `  name: ${name}`, "spec:", ...spec);
