// Golden files for the full rendered sample tree. UPDATE_GOLDEN=1 rewrites them.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planOutput } from "../src/build/index.js";
import { compileFiles, sampleFiles } from "./support/repo.js";

const GOLDEN = path.join(import.meta.dirname, "golden", "sample");

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

describe("bundled sample tree", async () => {
  const result = await compileFiles(sampleFiles());
  const files = planOutput(result.manifests);

  it("compiles with no findings", () => {
    expect(result.diagnostics).toEqual([]);
  });

  if (process.env.UPDATE_GOLDEN) {
    rmSync(GOLDEN, { recursive: true, force: true });
    for (const [rel, text] of files) {
      mkdirSync(path.dirname(path.join(GOLDEN, rel)), { recursive: true });
      writeFileSync(path.join(GOLDEN, rel), text);
    }
  }

  it("renders exactly the golden file set", () => {
    expect([...files.keys()].sort()).toEqual(listFiles(GOLDEN));
  });

  it.each([...files.keys()])("renders %s as in the golden file", (rel) => {
    expect(files.get(rel)).toBe(readFileSync(path.join(GOLDEN, rel), "utf8"));
  });
});
