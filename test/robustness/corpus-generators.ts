// Setup steps of the corpus cases that git should not hold: files of several
// megabytes, symlinks and FIFOs, made at test time inside the case's copy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES } from "../../src/host/index.js";
import { TEAM, writeFile } from "./corpus-support.js";

const configMap = (name: string, ...more: string[]): string => ["apiVersion: v1", "kind: ConfigMap", "metadata:", `  name: ${name}`, ...more, ""].join("\n");

/** A ConfigMap padded with a trailing comment to exactly `bytes` bytes. */
function padded(bytes: number): string {
  const head = configMap("padded", "data: {a: b}") + "#";
  return head + " ".repeat(bytes - head.length - 1) + "\n";
}

export const generate = {
  overLimit: (root: string) => writeFile(root, `${TEAM}/extra/huge.yaml`, padded(MAX_FILE_BYTES + 1)),
  atLimit: (root: string) => writeFile(root, `${TEAM}/extra/huge.yaml`, padded(MAX_FILE_BYTES)),
  /** One 3 MB line: a scanner that backtracks per character would be quadratic here. */
  longLine: (root: string) => writeFile(root, `${TEAM}/extra/long.yaml`, configMap("long", `data: {blob: "${"x".repeat(3_000_000)}"}`)),
  /** 30,000 keys in one mapping: duplicate-key detection must not compare every pair. */
  manyKeys: (root: string) =>
    writeFile(root, `${TEAM}/extra/keys.yaml`, configMap("keys", "data:", ...Array.from({ length: 30_000 }, (_, i) => `  k${i}: v`))),
  /** 1,500 documents in one file: per-document work must not re-read the whole file. */
  manyDocuments: (root: string) =>
    writeFile(root, `${TEAM}/extra/many.yaml`, Array.from({ length: 1_500 }, (_, i) => configMap(`cm-${i}`, "data: {a: b}")).join("---\n")),
  /** 100,000 empty documents. */
  manyEmptyDocuments: (root: string) => writeFile(root, `${TEAM}/extra/separators.yaml`, "---\n".repeat(100_000)),
  /** 2,500 nested block mappings indented by one space each (3.1 MB, under the size limit). */
  deepBlockMap: (root: string) => {
    const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: deep}", "data:"];
    for (let i = 1; i <= 2_500; i++) lines.push(`${" ".repeat(i)}a:`);
    writeFile(root, `${TEAM}/extra/deep.yaml`, `${lines.join("\n")} x\n`);
  },
  /** A folder symlink: its files must not be read, and the link must be reported, not silently skipped. */
  symlinkOutsideDir: (root: string, outside: string) => {
    fs.mkdirSync(path.join(outside, "manifests"));
    fs.writeFileSync(path.join(outside, "manifests", "stolen.yaml"), configMap("stolen"));
    link(path.join(outside, "manifests"), root, `${TEAM}/extra`);
  },
  symlinkLoop: (root: string) => {
    link("b.yaml", root, `${TEAM}/a.yaml`);
    link("a.yaml", root, `${TEAM}/b.yaml`);
  },
  symlinkDangling: (root: string) => link("nowhere.yaml", root, `${TEAM}/gone.yaml`),
  symlinkInside: (root: string) => link("daily.yaml", root, `${TEAM}/copy.yaml`),
  /** A FIFO would block a reader forever; a folder named like a YAML file is no file at all. */
  specialFiles: (root: string) => {
    execFileSync("mkfifo", [path.join(root, ...`${TEAM}/pipe.yaml`.split("/"))]);
    fs.mkdirSync(path.join(root, ...`${TEAM}/folder.yaml`.split("/")));
  },
};

function link(target: string, root: string, rel: string): void {
  const abs = path.join(root, ...rel.split("/"));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.symlinkSync(target, abs);
}
