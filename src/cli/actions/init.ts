// pipeforge init [DIR]: scaffold a repository that passes `validate` and
// `build` as written. It never overwrites: every file it would write is
// checked first, and if any exists nothing is written (exit 2, listing them).
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fg from "fast-glob";
import { DEFAULT_SCOPE, planInit } from "../../scaffold/index.js";
import { checkDnsLabel } from "../../units/index.js";
import { VERSION } from "../../version.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";

/** The package's scaffold/ folder: integration files copied into new repositories. */
export const SCAFFOLD_DIR = fileURLToPath(new URL("../../../scaffold/", import.meta.url));

export interface InitCommandOptions {
  readonly repoUrl?: string;
  readonly env?: string;
  readonly businessUnit?: string;
  readonly team?: string;
}

export function readScaffold(dir = SCAFFOLD_DIR): Map<string, string> {
  const files = fg.sync("**/*", { cwd: dir, dot: true, onlyFiles: true }).sort();
  return new Map(files.map((rel) => [rel, readFileSync(path.join(dir, rel), "utf8")]));
}

/** Paths that exist already, or whose parent folders are files. */
function conflicts(root: string, paths: Iterable<string>): string[] {
  const exists = (abs: string) => {
    try {
      return lstatSync(abs);
    } catch {
      return undefined;
    }
  };
  const out: string[] = [];
  for (const rel of paths) {
    const parts = rel.split("/");
    const blocked = parts.slice(0, -1).some((_, i) => {
      const st = exists(path.join(root, ...parts.slice(0, i + 1)));
      return st !== undefined && !st.isDirectory();
    });
    if (blocked || exists(path.join(root, ...parts))) out.push(rel);
  }
  return out;
}

export function runInit(io: Io, dir: string | undefined, options: InitCommandOptions): number {
  const scope = { env: options.env ?? DEFAULT_SCOPE.env, bu: options.businessUnit ?? DEFAULT_SCOPE.bu, team: options.team ?? DEFAULT_SCOPE.team };
  for (const [flag, value] of [["--env", scope.env], ["--business-unit", scope.bu], ["--team", scope.team]] as const) {
    const r = checkDnsLabel(value);
    if (!r.ok) throw new UsageError(`${flag} ${value}: ${r.reason}`);
  }
  if (options.repoUrl !== undefined && options.repoUrl.trim() === "") throw new UsageError("--repo-url must not be empty");
  const root = path.resolve(io.cwd, dir ?? ".");
  const files = planInit({ version: VERSION, repoURL: options.repoUrl, scope }, readScaffold());
  const taken = conflicts(root, files.keys());
  if (taken.length > 0) {
    throw new UsageError(`init: ${taken.length} file${taken.length === 1 ? "" : "s"} already exist in ${root}; nothing written:\n${taken.map((f) => `  ${f}`).join("\n")}`);
  }
  for (const [rel, text] of files) {
    const abs = path.join(root, ...rel.split("/"));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text, { flag: "wx" });
  }
  for (const rel of files.keys()) io.stdout(`${rel}\n`);
  const where = path.relative(io.cwd, root) || ".";
  const cd = where === "." ? "" : ` -C ${where}`;
  io.stderr(
    [
      `init: ${files.size} files written in ${where}. Next:`,
      `  pipeforge build${cd}    (render the manifests into rendered/, then commit everything)`,
      "  pre-commit install    (validate every commit, see .pre-commit-config.yaml)",
      `  pipeforge new pipeline ${scope.env}/${scope.bu}/${scope.team}/NAME${cd} [--schedule CRON] [--spark]`,
      "",
    ].join("\n"),
  );
  return EXIT.clean;
}
