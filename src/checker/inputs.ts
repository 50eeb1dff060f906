// FILE|DIR arguments → the files to check. A folder is walked recursively for .yaml, .yml and
// .json files (kubeconform's default), in code-point order so the report order never depends on
// the file system. Symlinked files are read; symlinked folders are not walked (no cycles).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

export class InputError extends Error {}

/** `cwd`-relative arguments stay as written in the report; found files are joined to them with "/". */
export function expandInputs(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(path.resolve(cwd, arg));
    } catch {
      throw new InputError(`${arg}: no such file or directory`);
    }
    if (stat.isDirectory()) walk(cwd, arg, add);
    else add(arg);
  }
  return out;
}

function walk(cwd: string, dir: string, add: (file: string) => void): void {
  const entries = readdirSync(path.resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = dir.endsWith("/") ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(cwd, rel, add);
    else if (MANIFEST_FILE.test(entry.name) && (entry.isFile() || isFileLink(cwd, rel))) add(rel);
  }
}

function isFileLink(cwd: string, rel: string): boolean {
  try {
    return statSync(path.resolve(cwd, rel)).isFile();
  } catch {
    return false;
  }
}
