// `pipeforge hook install`: the pre-commit hook script, and writing it without
// ever losing a hook someone else wrote. The hook runs the project's own
// pipeforge (node_modules/.bin, as npm installs a devDependency; then PATH),
// so it keeps working after reinstalls and on other clones' machines.
import { randomUUID } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GitError, runGit } from "./run.js";
import type { GitRepo } from "./repo.js";

/** The line that marks a hook as ours: only such a hook is replaced without --force. */
export const HOOK_SIGNATURE = "# pipeforge-hook: written by `pipeforge hook install`";

export const BACKUP_SUFFIX = ".pipeforge-backup";

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The hook script for a pipeforge root at `prefix` (relative to the work tree's top level). */
export function hookScript(prefix: string): string {
  return [
    "#!/bin/sh",
    HOOK_SIGNATURE,
    "# Validates what is staged (the index, not the working tree) for the pipelines the commit affects.",
    "# Rerun `pipeforge hook install` to update it; delete this file to uninstall; `git commit --no-verify` skips it once.",
    'top=$(git rev-parse --show-toplevel) || exit 1',
    "# With NODE_EXTRA_CA_CERTS set, Node.js 20 parses its certificate store as it starts (20-50 ms",
    "# of every commit, nodejs/node#40524); pipeforge opens no TLS connection.",
    "unset NODE_EXTRA_CA_CERTS",
    `root="$top"/${shellQuote(prefix)}`,
    'for bin in "$root/node_modules/.bin/pipeforge" "$top/node_modules/.bin/pipeforge"; do',
    '  if [ -x "$bin" ]; then exec "$bin" validate --staged -C "$root"; fi',
    "done",
    'if command -v pipeforge >/dev/null 2>&1; then exec pipeforge validate --staged -C "$root"; fi',
    'echo "pipeforge pre-commit hook: pipeforge is not installed (npm install --save-dev pipeforge); git commit --no-verify skips the hook" >&2',
    "exit 1",
    "",
  ].join("\n");
}

export function isPipeforgeHook(text: string): boolean {
  return text.split("\n").some((line) => line.trim() === HOOK_SIGNATURE);
}

/** The hooks folder, honouring core.hooksPath. */
export async function hooksDirectory(repo: GitRepo): Promise<string> {
  const out = (await runGit(repo, ["rev-parse", "--git-path", "hooks"])).toString("utf8").trim();
  return path.resolve(repo.toplevel, out);
}

export interface HookInstall {
  readonly path: string;
  readonly action: "created" | "updated" | "replaced";
  /** Where a foreign hook was moved (with --force). */
  readonly backup?: string;
}

function freeBackupName(file: string): string {
  let candidate = `${file}${BACKUP_SUFFIX}`;
  for (let n = 1; existsSync(candidate); n++) candidate = `${file}${BACKUP_SUFFIX}.${n}`;
  return candidate;
}

export async function installPreCommitHook(repo: GitRepo, options: { readonly force?: boolean } = {}): Promise<HookInstall> {
  const dir = await hooksDirectory(repo);
  const file = path.join(dir, "pre-commit");
  let action: HookInstall["action"] = "created";
  let backup: string | undefined;
  if (existsSync(file) || isDanglingLink(file)) {
    const ours = lstatSync(file).isFile() && isPipeforgeHook(readFileSync(file, "utf8"));
    if (ours) action = "updated";
    else if (!options.force) {
      throw new GitError("hook-exists", `${file} exists and was not written by pipeforge; not replaced (with --force it is moved to pre-commit${BACKUP_SUFFIX}). With the pre-commit framework, add the pipeforge-validate hook to .pre-commit-config.yaml instead.`);
    } else {
      backup = freeBackupName(file);
      renameSync(file, backup);
      action = "replaced";
    }
  }
  mkdirSync(dir, { recursive: true });
  // Written beside it and renamed: a half-written hook never runs.
  const tmp = `${file}.pipeforge-tmp-${randomUUID()}`;
  writeFileSync(tmp, hookScript(repo.prefix));
  chmodSync(tmp, 0o755);
  renameSync(tmp, file);
  return backup ? { path: file, action, backup } : { path: file, action };
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
