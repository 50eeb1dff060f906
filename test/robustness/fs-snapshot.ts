// A complete picture of a folder: every entry (files, folders, symlinks,
// without following links) with its type, mode, size, modification time and
// content. Two equal snapshots mean nothing was written, created, removed,
// renamed or even touched.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type Snapshot = Record<string, string>;

export function snapshot(root: string, skip: (rel: string) => boolean = () => false): Snapshot {
  if (!fs.existsSync(root)) return { ".": "missing" };
  const out: Snapshot = {};
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      const rel = path.relative(root, abs).split(path.sep).join("/");
      if (skip(rel)) continue;
      const st = fs.lstatSync(abs);
      const meta = `mode=${st.mode.toString(8)} mtime=${st.mtimeMs}`;
      if (st.isSymbolicLink()) out[rel] = `link -> ${fs.readlinkSync(abs)} ${meta}`;
      else if (st.isDirectory()) {
        out[`${rel}/`] = `dir ${meta}`;
        walk(abs);
      } else if (st.isFile()) out[rel] = `file ${st.size} ${createHash("sha256").update(fs.readFileSync(abs)).digest("hex")} ${meta}`;
      else out[rel] = `special ${meta}`;
    }
  };
  walk(root);
  return out;
}

/** Every file below `root` as relative path → text (for comparing output trees by content). */
export function contents(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out[path.relative(root, abs).split(path.sep).join("/")] = fs.readFileSync(abs, "utf8");
  }
  return out;
}
