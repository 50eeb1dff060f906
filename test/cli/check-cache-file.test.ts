// Where the schema-check cache lives: pipeforge's cache folder, only for a build (with its id),
// and never a failure when the folder cannot be written.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openCheckCacheFiles } from "../../src/cli/check-cache-file.js";

const work = mkdtempSync(path.join(tmpdir(), "pipeforge-check-cache-"));
const buildId = path.join(work, "build-id");
writeFileSync(buildId, "abc123\n");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe("check cache files", () => {
  it("keeps one file per group under checks/ and finds its entries in the next run", () => {
    const env = { PIPEFORGE_CACHE_DIR: path.join(work, "cache") };
    const first = openCheckCacheFiles(env, buildId)!;
    first.markClean("repo\0dev/bu/team", "dev/bu/team/a.yaml", bytes("A"));
    first.markClean("repo\0dev/bu/other", "dev/bu/other/b.yaml", bytes("B"));
    first.save();
    expect(readdirSync(path.join(work, "cache", "checks")).filter((f) => f.endsWith(".json"))).toHaveLength(2);
    const next = openCheckCacheFiles(env, buildId)!;
    expect(next.isClean("repo\0dev/bu/team", "dev/bu/team/a.yaml", bytes("A"))).toBe(true);
    expect(next.isClean("repo\0dev/bu/team", "dev/bu/team/a.yaml", bytes("A2"))).toBe(false);
  });

  it("belongs to its build: another id misses", () => {
    const env = { PIPEFORGE_CACHE_DIR: path.join(work, "builds") };
    const first = openCheckCacheFiles(env, buildId)!;
    first.markClean("g", "a.yaml", bytes("A"));
    first.save();
    const otherId = path.join(work, "other-build-id");
    writeFileSync(otherId, "def456\n");
    expect(openCheckCacheFiles(env, otherId)!.isClean("g", "a.yaml", bytes("A"))).toBe(false);
  });

  it.each([
    ["PIPEFORGE_CACHE_DIR is empty", { PIPEFORGE_CACHE_DIR: "" }, "build-id"],
    ["there is no build id (running from src/)", { PIPEFORGE_CACHE_DIR: "x" }, "missing-build-id"],
  ])("is off when %s", (_, env, file) => {
    expect(openCheckCacheFiles(env, path.join(work, file))).toBeUndefined();
  });

  it("leaves a folder it cannot write alone", () => {
    const blocker = path.join(work, "blocker");
    writeFileSync(blocker, "a file where the folder would be\n");
    const cache = openCheckCacheFiles({ PIPEFORGE_CACHE_DIR: path.join(blocker, "cache") }, buildId)!;
    cache.markClean("g", "a.yaml", bytes("A"));
    expect(() => cache.save()).not.toThrow();
  });
});
