// Loose objects read without git (git/loose-object.ts): the bytes git stored, or nothing.
import { chmodSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createBlobReader } from "../../src/git/batch.js";
import { looseBlob } from "../../src/git/loose-object.js";
import { TempRepo } from "../e2e/temp-repo.js";

const made: TempRepo[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.dispose();
});

const CONTENT = "kind: Pipeline\nmetadata:\n  name: daily\n";

function committed(init: string[] = []): { r: TempRepo; oid: string; objects: string } {
  const r = new TempRepo();
  made.push(r);
  if (init.length > 0) {
    rmSync(path.join(r.dir, ".git"), { recursive: true, force: true });
    r.git("init", "-q", ...init);
  }
  r.write("environments/dev/core/team/daily.yaml", CONTENT).commit();
  return { r, oid: r.git("rev-parse", "HEAD:environments/dev/core/team/daily.yaml").trim(), objects: path.join(r.dir, ".git", "objects") };
}

const text = (b: { bytes: Uint8Array } | undefined) => (b ? Buffer.from(b.bytes).toString("utf8") : b);

describe("looseBlob", () => {
  it.each([
    ["SHA-1", []],
    ["SHA-256", ["--object-format=sha256"]],
  ])("reads a blob git stored loose (%s)", (_, init) => {
    const { oid, objects } = committed(init);
    expect(looseBlob(objects, oid)).toEqual({ size: CONTENT.length, bytes: expect.any(Uint8Array) });
    expect(text(looseBlob(objects, oid))).toBe(CONTENT);
  });

  it("leaves a packed object, a tree, a commit and a malformed id to git", () => {
    const { r, oid, objects } = committed();
    expect(looseBlob(objects, r.git("rev-parse", "HEAD^{tree}").trim())).toBeUndefined();
    expect(looseBlob(objects, r.git("rev-parse", "HEAD").trim())).toBeUndefined();
    expect(looseBlob(objects, "../../etc/passwd")).toBeUndefined();
    r.git("-c", "gc.auto=0", "repack", "-adq");
    r.git("prune");
    expect(looseBlob(objects, oid)).toBeUndefined();
  });

  it("refuses bytes that are not the object asked for", () => {
    const { oid, objects } = committed();
    const file = path.join(objects, oid.slice(0, 2), oid.slice(2));
    chmodSync(file, 0o644);
    const other = "kind: Pipeline\nmetadata:\n  name: other\n";
    writeFileSync(file, deflateSync(Buffer.from(`blob ${other.length}\0${other}`)));
    expect(looseBlob(objects, oid)).toBeUndefined();
    writeFileSync(file, deflateSync(Buffer.from(`blob 999\0${CONTENT}`)));
    expect(looseBlob(objects, oid)).toBeUndefined();
    writeFileSync(file, "not deflated");
    expect(looseBlob(objects, oid)).toBeUndefined();
  });
});

describe("createBlobReader with the object folder", () => {
  it("reads loose blobs without git, and asks git for the others", async () => {
    const { r, oid, objects } = committed();
    // A context git cannot run in: only what is read without it can succeed.
    const nowhere = { cwd: path.join(r.dir, "missing"), env: r.env };
    expect(text(await createBlobReader(nowhere, objects)(oid))).toBe(CONTENT);
    await expect(createBlobReader(nowhere)(oid)).rejects.toThrow();
    r.git("-c", "gc.auto=0", "repack", "-adq");
    r.git("prune");
    expect(looseBlob(objects, oid)).toBeUndefined();
    expect(text(await createBlobReader({ cwd: r.dir, env: r.env }, objects)(oid))).toBe(CONTENT);
  });
});
