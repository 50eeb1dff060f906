// Temporary git repositories for tests: real git, with an environment that
// reads no global or system configuration, and the real CLI run against them.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Files } from "../diagnostics/repo.js";
import { REPO_ROOT } from "../support/repo.js";

export const BIN = path.join(REPO_ROOT, "bin", "pipeforge.js");

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export class TempRepo {
  readonly dir: string;
  readonly env: Record<string, string>;

  constructor(files: Files = {}, options: { readonly sub?: string } = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), "pipeforge-git-"));
    this.env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: this.dir,
      LANG: "C",
      NO_COLOR: "1",
      // validate --staged's facts cache (cli/facts-cache-file.ts): inside .git, out of every listing.
      PIPEFORGE_CACHE_DIR: path.join(this.dir, ".git", "pipeforge-cache"),
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: path.join(this.dir, ".no-global-gitconfig"),
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
    };
    this.git("init", "-q", "-b", "main");
    this.writeAll(files, options.sub);
  }

  /** Absolute path of a repository-relative POSIX path. */
  abs(rel: string): string {
    return path.join(this.dir, ...rel.split("/"));
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, env: this.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  }

  write(rel: string, content: string | Uint8Array): this {
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true });
    writeFileSync(this.abs(rel), content);
    return this;
  }

  writeAll(files: Files, sub?: string): this {
    for (const [rel, content] of Object.entries(files)) this.write(sub ? `${sub}/${rel}` : rel, content);
    return this;
  }

  remove(rel: string): this {
    unlinkSync(this.abs(rel));
    return this;
  }

  commit(message = "change"): this {
    this.git("add", "-A");
    this.git("commit", "-q", "--no-verify", "-m", message);
    return this;
  }

  /** Run the real CLI (bin/pipeforge.js), in `cwd` relative to the repository. */
  pipeforge(args: string[], cwd = "."): Run {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: path.join(this.dir, cwd), env: this.env, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
