// The same input gives byte-identical output regardless of file order,
// time zone, locale or run.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { planOutput } from "../src/build/index.js";
import { compile } from "../src/compile.js";
import { createMemoryHost } from "../src/host/index.js";
import { testEnv } from "./support/env.js";
import { REPO_ROOT, sampleFiles } from "./support/repo.js";

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("determinism", () => {
  it("does not depend on the order files are listed in", async () => {
    const files = Object.entries(sampleFiles());
    const render = async (entries: [string, string][]) => {
      const host = createMemoryHost(new Map(entries));
      // A host that lists files in a scrambled order, as some file systems do.
      const scrambled = { ...host, glob: async (p: readonly string[]) => shuffled(await host.glob(p), entries.length) };
      return [...planOutput((await compile(scrambled)).manifests)];
    };
    const a = await render(files);
    const b = await render(shuffled(files, 7));
    expect(b).toEqual(a);
  });

  it("builds byte-identical trees under different TZ and LANG", () => {
    const work = mkdtempSync(path.join(tmpdir(), "pipeforge-det-"));
    try {
      for (const rel of ["pipeforge.yaml", "environments"]) cpSync(path.join(REPO_ROOT, rel), path.join(work, rel), { recursive: true });
      const bin = path.join(REPO_ROOT, "bin", "pipeforge.js");
      const run = (out: string, env: Record<string, string>) =>
        execFileSync(process.execPath, [bin, "build", "--out", out], { cwd: work, env: testEnv(env), stdio: "pipe" });
      run("a", { TZ: "UTC", LANG: "C" });
      run("b", { TZ: "Asia/Kolkata", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" });
      const list = (d: string) => fg.sync("**/*", { cwd: path.join(work, d), dot: true }).sort();
      expect(list("b")).toEqual(list("a"));
      for (const f of list("a")) expect(readFileSync(path.join(work, "b", f), "utf8")).toBe(readFileSync(path.join(work, "a", f), "utf8"));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
