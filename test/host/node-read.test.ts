// The node host's reads: what readFile answers for each kind of entry a repository folder can
// hold, including those a plain readFileSync would mishandle (symlinks out of the root, FIFOs,
// files over the size limit).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHost, MAX_FILE_BYTES, readAll, type ReadResult } from "../../src/host/index.js";

let work: string;
let root: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pipeforge-read-"));
  root = path.join(work, "repo");
  mkdirSync(path.join(root, "team", "folder"), { recursive: true });
  mkdirSync(path.join(work, "elsewhere"));
  writeFileSync(path.join(root, "team", "daily.yaml"), "name: daily\n");
  writeFileSync(path.join(root, "team", "empty.yaml"), "");
  writeFileSync(path.join(work, "elsewhere", "stolen.yaml"), "secret: 1\n");
  symlinkSync("daily.yaml", path.join(root, "team", "copy.yaml"));
  symlinkSync("copy.yaml", path.join(root, "team", "copy-of-copy.yaml"));
  symlinkSync("nowhere.yaml", path.join(root, "team", "gone.yaml"));
  symlinkSync("loop-b.yaml", path.join(root, "team", "loop-a.yaml"));
  symlinkSync("loop-a.yaml", path.join(root, "team", "loop-b.yaml"));
  symlinkSync(path.join(work, "elsewhere", "stolen.yaml"), path.join(root, "team", "stolen.yaml"));
  symlinkSync("../../elsewhere/stolen.yaml", path.join(root, "team", "relative-out.yaml"));
  symlinkSync("folder", path.join(root, "team", "to-folder.yaml"));
  mkdirSync(path.join(work, "elsewhere", "deep"));
  writeFileSync(path.join(work, "elsewhere", "daily.yaml"), "name: impostor\n");
  symlinkSync(path.join(work, "elsewhere", "deep"), path.join(root, "team", "linked-folder"));
  writeFileSync(path.join(root, "team", "huge.yaml"), "");
  truncateSync(path.join(root, "team", "huge.yaml"), MAX_FILE_BYTES + 1);
  // Around the size of the buffer a read starts with (64 KiB): the rest is read after fstat.
  for (const [name, size] of [["scratch-less-1", 65535], ["scratch", 65536], ["scratch-plus-1", 65537], ["large", 300_000]] as const) writeFileSync(path.join(root, "team", `${name}.yaml`), patterned(size));
  writeFileSync(path.join(root, "team", "at-limit.yaml"), "");
  truncateSync(path.join(root, "team", "at-limit.yaml"), MAX_FILE_BYTES);
  if (process.platform !== "win32") execFileSync("mkfifo", [path.join(root, "team", "pipe.yaml")]);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `size` bytes that differ along the file, so a piece read twice or out of place shows. */
function patterned(size: number): string {
  let out = "";
  for (let i = 0; out.length < size; i++) out += `line ${i}\n`;
  return out.slice(0, size);
}

const text = (r: ReadResult) => (r.ok ? { ok: true, text: Buffer.from(r.bytes).toString("utf8") } : r);

describe("node host readFile", () => {
  it.each([
    { name: "a regular file", rel: "team/daily.yaml", expected: { ok: true, text: "name: daily\n" } },
    { name: "an empty file", rel: "team/empty.yaml", expected: { ok: true, text: "" } },
    { name: "a symlink inside the root", rel: "team/copy.yaml", expected: { ok: true, text: "name: daily\n" } },
    { name: "a symlink to a symlink inside the root", rel: "team/copy-of-copy.yaml", expected: { ok: true, text: "name: daily\n" } },
    { name: "a missing file", rel: "team/absent.yaml", expected: { ok: false, reason: "missing" } },
    { name: "a file under a missing folder", rel: "nowhere/absent.yaml", expected: { ok: false, reason: "missing" } },
    { name: "a dangling symlink", rel: "team/gone.yaml", expected: { ok: false, reason: "missing" } },
    { name: "a folder", rel: "team/folder", expected: { ok: false, reason: "unreadable", detail: "not a regular file" } },
    { name: "a symlink to a folder", rel: "team/to-folder.yaml", expected: { ok: false, reason: "unreadable", detail: "not a regular file" } },
    { name: "a symlink loop", rel: "team/loop-a.yaml", expected: { ok: false, reason: "unreadable", detail: "ELOOP" } },
    { name: "an absolute symlink out of the root", rel: "team/stolen.yaml", expected: { ok: false, reason: "outside-repository" } },
    { name: "a relative symlink out of the root", rel: "team/relative-out.yaml", expected: { ok: false, reason: "outside-repository" } },
    { name: "a path through `..`, joined lexically (not through the symlinked folder)", rel: "team/linked-folder/../daily.yaml", expected: { ok: true, text: "name: daily\n" } },
    { name: "a file one byte over the limit", rel: "team/huge.yaml", expected: { ok: false, reason: "too-large", detail: String(MAX_FILE_BYTES + 1) } },
  ])("$name", async ({ rel, expected }) => {
    expect(text(await createNodeHost(root).readFile(rel))).toMatchObject(expected);
  });

  it.each([
    ["scratch-less-1", 65535],
    ["scratch", 65536],
    ["scratch-plus-1", 65537],
    ["large", 300_000],
  ])("reads %s.yaml (%i bytes) whole and in order", async (name, size) => {
    expect(text(await createNodeHost(root).readFile(`team/${name}.yaml`))).toEqual({ ok: true, text: patterned(size) });
  });

  it("reads a file of exactly the size limit whole", async () => {
    const read = await createNodeHost(root).readFile("team/at-limit.yaml");
    expect(read.ok && read.bytes.length).toBe(MAX_FILE_BYTES);
  });

  it.skipIf(process.platform === "win32")("refuses a FIFO without waiting for a writer", async () => {
    expect(await createNodeHost(root).readFile("team/pipe.yaml")).toEqual({ ok: false, reason: "unreadable", detail: "not a regular file" });
  });
});

describe("node host readFiles", () => {
  const rels = ["team/daily.yaml", "team/absent.yaml", "team/copy.yaml", "team/stolen.yaml", "team/scratch-plus-1.yaml", "team/empty.yaml", "team/folder", "team/large.yaml", "team/daily.yaml"];

  it("answers a batch, in the order asked, as readFile answers each path", async () => {
    const host = createNodeHost(root);
    const batch = await host.readFiles!(rels);
    const each = await Promise.all(rels.map((rel) => createNodeHost(root).readFile(rel)));
    // Each answer holds its own bytes: none is a view of a buffer a later read refilled.
    expect(batch.map(text)).toEqual(each.map(text));
    expect(batch.map(text)[0]).toEqual({ ok: true, text: "name: daily\n" });
  });

  it("pairs each path with its answer through readAll, batched or not", async () => {
    const host = createNodeHost(root);
    const unbatched = { ...host, readFiles: undefined };
    const pairs = async (h: typeof host) => (await readAll(h, rels)).map(([rel, r]) => [rel, text(r)]);
    expect(await pairs(host)).toEqual(await pairs(unbatched));
    expect((await pairs(host)).map(([rel]) => rel)).toEqual(rels);
  });
});
