// Determinism on disk (issue 6, part 5), beyond test/determinism.test.ts
// (which scrambles an in-memory host's listing): the same tree written to
// disk in two different orders, with file and object names that byte order
// and ICU collation (which follows LANG/LC_ALL even where the OS lacks the
// locale) sort differently, built, generated and validated under different
// TZ, LANG and LC_ALL, gives byte-identical output and reports.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleFiles } from "../support/repo.js";
import { spawnCli } from "./cli.js";
import { contents } from "./fs-snapshot.js";

const TEAM = "environments/hml/autos/ml";
const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;
/** Names whose byte order and collation order differ ("a-z" < "aa" in bytes, not in ICU; "Ä", "ä", "z", "I", "ı" in Turkish). */
const TRICKY: Record<string, string> = {
  [`${TEAM}/extra/Äpfel.yaml`]: configMap("aa"),
  [`${TEAM}/extra/apfel.yaml`]: configMap("a-z"),
  [`${TEAM}/extra/zebra.yaml`]: configMap("a0"),
  [`${TEAM}/extra/a b.yaml`]: configMap("a-0"),
  [`${TEAM}/extra/Iğdır.yaml`]: configMap("ia"),
  [`${TEAM}/extra/ıspanak.yaml`]: configMap("i-b"),
};
/** Two findings in files that sort differently by bytes and by collation, for the report order. */
const BROKEN: Record<string, string> = {
  [`${TEAM}/extra/Zz.yaml`]: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: zz}\nbogus: 1\n",
  [`${TEAM}/extra/aa.yaml`]: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: aa2}\nbogus: 1\n",
};

const ENVIRONMENTS = {
  a: { TZ: "UTC", LANG: "C", LC_ALL: "C" },
  b: { TZ: "Asia/Kathmandu", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", LC_COLLATE: "tr_TR.UTF-8" },
};

let base: string;

function writeTree(root: string, files: Record<string, string>, order: "forward" | "reverse"): void {
  const entries = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1));
  if (order === "reverse") entries.reverse();
  for (const [rel, text] of entries) {
    const abs = path.join(root, ...rel.split("/"));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "pipeforge-order-"));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe("the same tree written in two orders, under two locales and time zones", () => {
  const files = { ...sampleFiles(), ...TRICKY };

  it("builds byte-identical output and generates identical streams", async () => {
    for (const [k, order] of [["a", "forward"], ["b", "reverse"]] as const) writeTree(path.join(base, `build-${k}`), files, order);
    const runs = await Promise.all(
      (["a", "b"] as const).map(async (k) => {
        const root = path.join(base, `build-${k}`);
        const build = await spawnCli(["build"], { cwd: root, env: ENVIRONMENTS[k] });
        const generate = await spawnCli(["generate"], { cwd: root, env: ENVIRONMENTS[k] });
        return { build, generate, output: contents(path.join(root, "rendered")) };
      }),
    );
    const [a, b] = runs as [NonNullable<(typeof runs)[0]>, NonNullable<(typeof runs)[0]>];
    expect([a.build.code, b.build.code, a.generate.code, b.generate.code]).toEqual([0, 0, 0, 0]);
    expect(Object.keys(b.output)).toEqual(Object.keys(a.output));
    expect(b.output).toEqual(a.output);
    expect(b.generate.stdout).toBe(a.generate.stdout);
    expect(a.generate.stdout).toContain("name: a-z");
  });

  it("reports findings in the same order", async () => {
    const broken = { ...files, ...BROKEN };
    const reports = await Promise.all(
      (["a", "b"] as const).map(async (k, i) => {
        const root = path.join(base, `validate-${k}`);
        writeTree(root, broken, i === 0 ? "forward" : "reverse");
        return spawnCli(["validate", "--format", "json"], { cwd: root, env: ENVIRONMENTS[k] });
      }),
    );
    expect(reports.map((r) => r.code)).toEqual([1, 1]);
    expect(reports[1]?.stdout).toBe(reports[0]?.stdout);
  });
});
