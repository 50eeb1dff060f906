// Parsing git's -z listings and cat-file --batch output, and where symlinks point. Pure.
import { describe, expect, it } from "vitest";
import { GitError, linkDestination, parseBatch, parseLsFiles, parseLsTree } from "../../src/git/index.js";

const OID = "a".repeat(40);
const OID2 = "b".repeat(40);

describe("parseLsFiles", () => {
  it("keeps regular files and symlinks, drops gitlinks, keeps names verbatim", () => {
    const entries = parseLsFiles([`100644 ${OID} 0\tenvironments/a b/ü.yaml`, `100755 ${OID2} 0\tx.yaml`, `120000 ${OID} 0\tlink.yaml`, `160000 ${OID} 0\tsub`]);
    expect([...entries]).toEqual([
      ["environments/a b/ü.yaml", { kind: "file", oid: OID }],
      ["x.yaml", { kind: "file", oid: OID2 }],
      ["link.yaml", { kind: "symlink", oid: OID }],
      ["sub", { kind: "submodule", oid: OID }],
    ]);
  });

  it("refuses an index with conflicts", () => {
    expect(() => parseLsFiles([`100644 ${OID} 1\tx.yaml`, `100644 ${OID2} 2\tx.yaml`])).toThrow(GitError);
  });
});

describe("parseLsTree", () => {
  it("reads mode, type, oid and a path with a tab in it", () => {
    expect([...parseLsTree([`100644 blob ${OID}\tdir/with\ttab.yaml`, `120000 blob ${OID2}\tl`])]).toEqual([
      ["dir/with\ttab.yaml", { kind: "file", oid: OID }],
      ["l", { kind: "symlink", oid: OID2 }],
    ]);
  });
});

describe("parseBatch", () => {
  it("splits objects by their announced size, binary-safe, with missing ones in order", () => {
    const body = Buffer.from([0x0a, 0x00, 0xff, 0x0a]);
    const out = Buffer.concat([Buffer.from(`${OID} blob 4\n`), body, Buffer.from(`\n${OID2} missing\n${OID} blob 0\n\n`)]);
    const [first, second, third] = parseBatch(out, 3);
    expect(first && Buffer.from(first.bytes)).toEqual(body);
    expect(second).toBeUndefined();
    expect(third?.size).toBe(0);
  });

  it("fails loudly on truncated output", () => {
    expect(() => parseBatch(Buffer.from(""), 1)).toThrow(/ended/);
  });
});

describe("linkDestination", () => {
  it.each([
    ["a/b/link.yaml", "target.yaml", "a/b/target.yaml"],
    ["a/b/link.yaml", "../c/./t.yaml", "a/c/t.yaml"],
    ["a/link.yaml", "../../outside.yaml", undefined],
    ["a/link.yaml", "/etc/passwd", undefined],
    ["link.yaml", "a//b.yaml", "a/b.yaml"],
  ])("%s → %s", (link, target, expected) => {
    expect(linkDestination(link, target)).toBe(expected);
  });
});
