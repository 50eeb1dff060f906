// Running git. child_process directly rather than simple-git: stdout stays a
// Buffer (NUL-separated -z lists and blob bytes are binary-safe), stdin can
// feed one `cat-file --batch` with every object at once, and the pre-commit
// hot path loads no extra module. The environment is passed through as is:
// inside a hook git sets GIT_INDEX_FILE (a temporary index for
// `git commit -a` or `git commit <path>`), and that index is what is staged.
import { execFile } from "node:child_process";

export type GitErrorKind = "not-a-repository" | "bad-revision" | "no-merge-base" | "unmerged" | "hook-exists" | "git-missing" | "failed";

/** A git problem the user can act on; the CLI turns it into a usage error (exit 2). */
export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface GitContext {
  /** Working directory of every git call. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface GitOutput {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Run git; resolves with the exit code instead of throwing, so callers decide what a failure means. */
export function runGitRaw(ctx: GitContext, args: readonly string[], input?: Uint8Array): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...args],
      // Literal pathspecs: a repository folder named `a[1]` is a path, not a pattern.
      { cwd: ctx.cwd, env: { ...ctx.env, GIT_LITERAL_PATHSPECS: "1" }, encoding: "buffer", maxBuffer: 1 << 30 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : undefined) : 0;
        if (code === undefined) {
          const missing = (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
          reject(missing ? new GitError("git-missing", "git is not installed or not on PATH") : error);
          return;
        }
        resolve({ code, stdout, stderr: stderr.toString("utf8") });
      },
    );
    child.stdin?.on("error", () => undefined); // git may exit before reading all input; the exit code tells
    child.stdin?.end(input ?? Buffer.alloc(0));
  });
}

/** Run git and return stdout; a non-zero exit is a GitError carrying git's own message. */
export async function runGit(ctx: GitContext, args: readonly string[], input?: Uint8Array): Promise<Buffer> {
  const out = await runGitRaw(ctx, args, input);
  if (out.code !== 0) {
    if (NOT_A_WORK_TREE.test(out.stderr)) throw notAWorkTree(ctx.cwd, out.stderr);
    throw new GitError("failed", `git ${args[0] ?? ""} failed: ${out.stderr.trim() || `exit ${out.code}`}`);
  }
  return out.stdout;
}

/** What git says outside a work tree: no repository around, or a bare one. */
const NOT_A_WORK_TREE = /^fatal: (not a git repository|this operation must be run in a work tree)/m;

/** The one report of a folder git cannot work in, with git's reason. */
export function notAWorkTree(folder: string, stderr: string): GitError {
  return new GitError("not-a-repository", `${folder} is not inside a git work tree (${stderr.trim().replace(/^fatal: /, "")})`);
}

/** Split NUL-terminated output (`-z`) into its records. */
export function splitNul(buf: Buffer): string[] {
  const text = buf.toString("utf8");
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
