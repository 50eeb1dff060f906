// pipeforge hook install [--force]: write the git pre-commit hook that runs
// `pipeforge validate --staged`. A hook pipeforge did not write is never
// replaced without --force, and then it is kept as pre-commit.pipeforge-backup.
import path from "node:path";
import { installPreCommitHook, openRepository } from "../../git/index.js";
import { EXIT } from "../exit.js";
import type { Io } from "../io.js";
import { git } from "../scoped.js";

export interface HookInstallOptions {
  readonly root?: string;
  readonly force?: boolean;
}

export async function runHookInstall(io: Io, options: HookInstallOptions): Promise<number> {
  const root = path.resolve(io.cwd, options.root ?? ".");
  const done = await git(async () => installPreCommitHook(await openRepository(root, io.env), { force: options.force }));
  const shown = (p: string) => path.relative(io.cwd, p) || p;
  io.stdout(`hook install: ${done.action} ${shown(done.path)}${done.backup ? ` (the previous hook is now ${shown(done.backup)})` : ""}\n`);
  return EXIT.clean;
}
