// The schema-check cache: what it keeps, when it misses, and that a compile with it finds
// exactly what one without it finds.
import { describe, expect, it, vi } from "vitest";
import { compile } from "../../src/compile.js";
import { createMemoryHost } from "../../src/host/index.js";
import { openCheckCache, type CheckCacheStore, type SchemaCheckCache } from "../../src/validate/index.js";
import type * as registryModule from "../../src/validate/registry.js";
import { findings, sampleFiles } from "../support/repo.js";
import { minimalRepo } from "../support/minimal.js";

// Counts the registries compile creates: a run whose manifests all hit must load no validator.
const created = vi.hoisted(() => ({ registries: 0 }));
vi.mock("../../src/validate/registry.js", async (original) => {
  const actual = await original<typeof registryModule>();
  return { ...actual, createSchemaRegistry: (...args: Parameters<typeof actual.createSchemaRegistry>) => (created.registries++, actual.createSchemaRegistry(...args)) };
});

function memoryStore(): CheckCacheStore & { texts: Map<string, string>; writes: number } {
  const texts = new Map<string, string>();
  const store = {
    texts,
    writes: 0,
    read: (group: string) => texts.get(group),
    write: (group: string, text: string) => {
      store.writes++;
      texts.set(group, text);
    },
  };
  return store;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("check cache", () => {
  it("keeps clean entries by content and build, one per path, across a save", () => {
    const store = memoryStore();
    const first = openCheckCache(store, "build-1");
    expect(first.isClean("g", "a.yaml", bytes("A"))).toBe(false);
    first.markClean("g", "a.yaml", bytes("A"));
    first.markClean("g", "b.yaml", bytes("B"));
    first.save();
    expect(store.writes).toBe(1);

    const second = openCheckCache(store, "build-1");
    expect(second.isClean("g", "a.yaml", bytes("A"))).toBe(true);
    expect(second.isClean("g", "a.yaml", bytes("A changed"))).toBe(false);
    expect(second.isClean("other", "a.yaml", bytes("A"))).toBe(false);
    expect(openCheckCache(store, "build-2").isClean("g", "a.yaml", bytes("A"))).toBe(false);
    // b.yaml was not rendered this time: its entry goes, so a group never outgrows its team.
    second.save();
    expect(Object.keys(JSON.parse(store.texts.get("g")!).clean)).toEqual(["a.yaml"]);
  });

  it("writes nothing when a run confirmed what was stored", () => {
    const store = memoryStore();
    const first = openCheckCache(store, "b");
    first.markClean("g", "a.yaml", bytes("A"));
    first.save();
    const second = openCheckCache(store, "b");
    expect(second.isClean("g", "a.yaml", bytes("A"))).toBe(true);
    second.save();
    expect(store.writes).toBe(1);
  });

  it.each([
    ["not JSON", "{"],
    ["another format", JSON.stringify({ format: 99, clean: { "a.yaml": "x" } })],
    ["clean not an object", JSON.stringify({ format: 1, clean: ["a.yaml"] })],
  ])("starts afresh from a stored text that is %s", (_, text) => {
    const store = memoryStore();
    store.texts.set("g", text);
    const cache = openCheckCache(store, "b");
    expect(cache.isClean("g", "a.yaml", bytes("A"))).toBe(false);
    cache.markClean("g", "a.yaml", bytes("A"));
    cache.save();
    expect(openCheckCache(store, "b").isClean("g", "a.yaml", bytes("A"))).toBe(true);
  });
});

/** A cache that records what compile asks of it. */
function recording(inner: SchemaCheckCache): SchemaCheckCache & { asked: string[]; marked: string[] } {
  const asked: string[] = [];
  const marked: string[] = [];
  return {
    asked,
    marked,
    isClean: (group, path, content) => (asked.push(path), inner.isClean(group, path, content)),
    markClean: (group, path, content) => (marked.push(path), inner.markClean(group, path, content)),
  };
}

const INVALID_CONFIGMAP = { "environments/dev/bu/team/extra/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\nbinaryDatas: {}\n" };

describe("compile with a check cache", () => {
  it("loads no validator when every manifest was found clean before", async () => {
    // Runs first in this file: no registry exists yet in this process.
    const everythingClean: SchemaCheckCache = { isClean: () => true, markClean: () => undefined };
    const result = await compile(createMemoryHost(sampleFiles()), { schemaCheckCache: everythingClean });
    expect(result.manifests.length).toBeGreaterThan(0);
    expect(created.registries).toBe(0);
    await compile(createMemoryHost(sampleFiles()));
    expect(created.registries).toBe(1);
  });

  it("finds what a compile without it finds, keeps only clean manifests and checks the others again", async () => {
    const files = minimalRepo({ extra: INVALID_CONFIGMAP });
    const without = findings(await compile(createMemoryHost(files)));
    expect(without).toEqual(["MAN001 environments/dev/bu/team/extra/cm.yaml:7:1"]);
    const store = memoryStore();

    const cold = recording(openCheckCache(store, "b"));
    const first = await compile(createMemoryHost(files), { schemaCheckCache: cold });
    expect(findings(first)).toEqual(without);
    const paths = first.manifests.map((m) => m.path).sort();
    expect([...cold.asked].sort()).toEqual(paths);
    const invalid = first.manifests.find((m) => m.kind === "ConfigMap" && m.name === "settings")!.path;
    expect([...cold.marked].sort()).toEqual(paths.filter((p) => p !== invalid));
  });

  it("hits on a second run, and misses where a manifest changed", async () => {
    const store = memoryStore();
    const files = minimalRepo({ extra: INVALID_CONFIGMAP });
    const cold = openCheckCache(store, "b");
    const first = await compile(createMemoryHost(files), { schemaCheckCache: cold });
    cold.save();

    const warm = recording(openCheckCache(store, "b"));
    const second = await compile(createMemoryHost(files), { schemaCheckCache: warm });
    expect(findings(second)).toEqual(findings(first));
    // Only the invalid ConfigMap is checked again (and again not kept).
    const invalid = first.manifests.find((m) => m.kind === "ConfigMap" && m.name === "settings")!.path;
    expect(warm.marked).toEqual([]);
    expect(warm.asked).toContain(invalid);

    // The same ConfigMap, now broken in a second way: found, though its path was kept before as another content.
    const broken = { "environments/dev/bu/team/extra/cm.yaml": INVALID_CONFIGMAP["environments/dev/bu/team/extra/cm.yaml"].replace("a: b", "a: 1") };
    const third = await compile(createMemoryHost(minimalRepo({ extra: broken })), { schemaCheckCache: openCheckCache(store, "b") });
    expect(findings(third)).toHaveLength(2);
  });

  it("is not used with the repository's own schemas", async () => {
    const files = minimalRepo({});
    const withSchemas = { ...files, "pipeforge.yaml": `${String(files["pipeforge.yaml"])}  schemas: [crds/]\n` };
    const cache = recording(openCheckCache(memoryStore(), "b"));
    await compile(createMemoryHost(withSchemas), { schemaCheckCache: cache });
    expect(cache.asked).toEqual([]);
    expect(cache.marked).toEqual([]);
  });
});
