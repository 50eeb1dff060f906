// Where validate --staged keeps its facts cache (cli/facts-cache-file.ts), and that the cache can
// only ever save time: an unreadable or unwritable one changes nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheFolder } from "../../src/cli/cache-folder.js";
import { factsCacheFile, openFactsCache } from "../../src/cli/facts-cache-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-facts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const facts = { afters: ["other/daily"], names: ["nightly"] };

describe("cacheFolder", () => {
  it.each([
    { env: { PIPEFORGE_CACHE_DIR: "/c/own", XDG_CACHE_HOME: "/x" }, platform: "linux", folder: "/c/own" },
    { env: { PIPEFORGE_CACHE_DIR: "" }, platform: "linux", folder: undefined },
    { env: { XDG_CACHE_HOME: "/x" }, platform: "linux", folder: "/x/pipeforge" },
    { env: { XDG_CACHE_HOME: "" }, platform: "linux", folder: "/home/u/.cache/pipeforge" },
    { env: {}, platform: "linux", folder: "/home/u/.cache/pipeforge" },
    { env: {}, platform: "darwin", folder: "/home/u/Library/Caches/pipeforge" },
    { env: { LOCALAPPDATA: "/appdata" }, platform: "win32", folder: path.join("/appdata", "pipeforge", "Cache") },
  ])("$platform with $env → $folder", ({ env, platform, folder }) => {
    expect(cacheFolder(env, platform, "/home/u")).toBe(folder === undefined ? undefined : path.normalize(folder));
  });
});

describe("openFactsCache", () => {
  it("writes what a run found and reads it back in the next run; one file per root", () => {
    const folder = path.join(dir, "write", "nested");
    const env = { PIPEFORGE_CACHE_DIR: folder };
    const first = openFactsCache("/repo/a", env)!;
    first.cache.set("a1", facts);
    first.save();
    expect(readdirSync(folder)).toEqual([path.basename(factsCacheFile(folder, "/repo/a"))]);
    expect(openFactsCache("/repo/a", env)!.cache.get("a1")).toEqual(facts);
    expect(openFactsCache("/repo/b", env)!.cache.get("a1")).toBeUndefined();
  });

  it("writes nothing when the run added nothing", () => {
    const folder = path.join(dir, "idle");
    openFactsCache("/repo/a", { PIPEFORGE_CACHE_DIR: folder })!.save();
    expect(() => readdirSync(folder)).toThrow(/ENOENT/);
  });

  it("shares the file of a root reached through a symlink", () => {
    const real = mkdtempSync(path.join(dir, "real-"));
    const link = path.join(dir, "link");
    symlinkSync(real, link);
    expect(factsCacheFile("/c", link)).toBe(factsCacheFile("/c", real));
  });

  it("starts afresh from a broken file, and leaves an unwritable place as it was", () => {
    const folder = path.join(dir, "broken");
    const env = { PIPEFORGE_CACHE_DIR: folder };
    const first = openFactsCache("/repo/a", env)!;
    first.cache.set("a1", facts);
    first.save();
    writeFileSync(factsCacheFile(folder, "/repo/a"), "{ not json");
    expect(openFactsCache("/repo/a", env)!.cache.get("a1")).toBeUndefined();
    const blocker = path.join(dir, "a-file");
    writeFileSync(blocker, "not a folder\n");
    const blocked = openFactsCache("/repo/a", { PIPEFORGE_CACHE_DIR: path.join(blocker, "cache") })!;
    blocked.cache.set("a1", facts);
    expect(() => blocked.save()).not.toThrow();
    expect(readFileSync(blocker, "utf8")).toBe("not a folder\n");
  });

  it("is off when PIPEFORGE_CACHE_DIR is empty", () => {
    expect(openFactsCache("/repo/a", { PIPEFORGE_CACHE_DIR: "" })).toBeUndefined();
  });
});
