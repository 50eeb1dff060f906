// The CLI side of scoped runs: `--staged`, `--base REF` and `validate PATH...`
// choose what is compiled (the index or the working tree) and what counts as
// changed; git problems become usage errors (exit 2).
import { statSync } from "node:fs";
import path from "node:path";
import type { compile as compileType, CompileOptions, CompileResult } from "../compile.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { INPUT_GLOBS } from "../discover/layout.js";
import { createIndexHost, GitError, headCommit, mergeBase, openRepository, openStagedRepository, resolveCommit, stagedChanges, workingTreeChanges, type GitChanges, type GitRepo } from "../git/index.js";
import { createNodeHost, type Host } from "../host/index.js";
import type { AffectedScope, compileScoped as compileScopedType } from "../scope/index.js";
import { mark } from "../util/timings.js";
import { UsageError } from "./exit.js";
import { openCheckCacheFiles } from "./check-cache-file.js";
import { openFactsCache, type FactsCacheFile } from "./facts-cache-file.js";
import type { Io } from "./io.js";

export interface ScopeSelection {
  readonly staged?: boolean;
  /** A revision: the change is the working tree against its merge base with HEAD. */
  readonly base?: string;
  /** Files or folders (relative to the current directory) to treat as the changed set. */
  readonly paths?: readonly string[];
}

export interface SelectedCompile {
  readonly diagnostics: Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly result?: CompileResult;
  readonly scope?: AffectedScope;
}

/** Run a git step; a GitError is the user's to fix: exit 2 with git's reason. */
export async function git<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}

export interface BaseRevision {
  readonly repo: GitRepo;
  /** The merge base of the revision and HEAD (the revision itself before the first commit). */
  readonly commit: string;
  readonly label: string;
  readonly changes: GitChanges;
}

/** `--base REF`: what a pull request changes, compared where its branch left REF. */
export function openBase(root: string, io: Io, ref: string): Promise<BaseRevision> {
  return git(async () => {
    const repo = await openRepository(root, io.env);
    const target = await resolveCommit(repo, ref);
    const head = await headCommit(repo);
    const commit = head ? await mergeBase(repo, target, head) : target;
    return { repo, commit, label: `${ref} (merge base ${commit.slice(0, 12)})`, changes: await workingTreeChanges(repo, commit) };
  });
}

/** Repository-relative POSIX paths of the given files; a folder stands for every input file under it. */
async function expandPaths(io: Io, root: string, host: Host, given: readonly string[]): Promise<string[] | "everything"> {
  const out = new Set<string>();
  let inputs: string[] | undefined;
  for (const p of given) {
    const abs = path.resolve(io.cwd, p);
    const rel = path.relative(root, abs).split(path.sep).join("/");
    if (rel.startsWith("../") || rel === ".." || path.isAbsolute(rel)) throw new UsageError(`${p} is outside the repository root ${root}`);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      isDir = false; // a deleted file is still a change
    }
    if (!isDir) out.add(rel);
    else if (rel === "") return "everything";
    else for (const f of (inputs ??= await host.glob(INPUT_GLOBS))) if (f.startsWith(`${rel}/`)) out.add(f);
  }
  return [...out].sort();
}

/** The compiler and the scoped compile: imported when first needed, so that a --staged run starts git before their set-up. */
async function loadCompiler(): Promise<{ compile: typeof compileType; compileScoped: typeof compileScopedType }> {
  const [{ compile }, { compileScoped }] = await Promise.all([import("../compile.js"), import("../scope/index.js")]);
  return { compile, compileScoped };
}

export async function compileSelected(io: Io, root: string, selection: ScopeSelection, options: CompileOptions = {}): Promise<SelectedCompile> {
  const modes = [selection.staged ? "--staged" : "", selection.base !== undefined ? "--base" : "", selection.paths?.length ? "PATH" : ""].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`${modes.join(" and ")} cannot be combined`);
  let head: Host;
  let change: { paths: readonly string[]; before?: Host };
  let cacheFile: FactsCacheFile | undefined;
  if (selection.staged) {
    const repo = await git(() => openStagedRepository(root, io.env));
    // The diff starts first: where the index is read directly (git/index-file.ts), that happens
    // while git works, and so does loading the compiler's modules (about 25 ms). The index's
    // failure is reported first: outside a work tree, ls-files says why, while diff would fall
    // back to comparing files (--no-index) and complain about its options instead.
    const listed = Promise.allSettled([stagedChanges(repo), createIndexHost(repo)]);
    await loadCompiler();
    [head, change] = await git(async () => {
      const [changes, index] = await listed;
      if (index.status === "rejected") throw index.reason;
      if (changes.status === "rejected") throw changes.reason;
      return [index.value, changes.value] as const;
    });
    mark("git: the index and the staged change listed");
    // The index names each file's bytes: what earlier runs found in them still holds.
    cacheFile = openFactsCache(root, io.env);
  } else if (selection.base !== undefined) {
    head = createNodeHost(root);
    change = (await openBase(root, io, selection.base)).changes;
  } else {
    head = createNodeHost(root);
    const paths = selection.paths?.length ? await expandPaths(io, root, head, selection.paths) : "everything";
    if (paths === "everything") {
      const { compile } = await loadCompiler();
      const result = await compile(head, options);
      return { diagnostics: result.diagnostics, sources: result.sources, result };
    }
    change = { paths };
  }
  const { compileScoped } = await loadCompiler();
  // The affected teams' other manifests are mostly as before: their checks are kept.
  const schemaCheckCache = openCheckCacheFiles(io.env);
  const scoped = await compileScoped(head, change, { ...options, schemaCheckCache, ...(cacheFile && { factsCache: cacheFile.cache }) });
  cacheFile?.save();
  schemaCheckCache?.save();
  if (!scoped.result) io.stderr(`validate: no pipeforge input among the ${selection.staged ? "staged" : "changed"} files; nothing to check\n`);
  return { diagnostics: scoped.diagnostics, sources: scoped.result?.sources ?? new Map(), result: scoped.result, scope: scoped.scope };
}
