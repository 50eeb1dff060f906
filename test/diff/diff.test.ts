// The rendered-manifest diff: matching by identity, grouping, and the three
// formats as golden files (UPDATE_GOLDEN=1 rewrites them).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile.js";
import { diffFormatNames, diffFormats, diffManifests, groupTitle } from "../../src/diff/index.js";
import { createMemoryHost } from "../../src/host/index.js";
import { lines, type Files } from "../diagnostics/repo.js";
import { LONELY, scheduled, SOURCE, tree, TREE } from "../scope/tree.js";

const manifests = async (files: Files) => (await compile(createMemoryHost(files), { schemas: false })).manifests;

const FRESH = "environments/dev/core/other/fresh.yaml";
/** A pull request: a changed schedule, a new pipeline and a deleted one. */
const PR = tree({ [SOURCE]: scheduled("source", "30 4 * * *", ["  notify: [Succeeded]"]), [FRESH]: scheduled("fresh", "0 6 * * 1") }, [LONELY]);

describe("diffManifests", async () => {
  const diff = diffManifests(await manifests(TREE), await manifests(PR));

  it("matches resources by identity and groups them by environment and team", () => {
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.groups.map((g) => [groupTitle(g), g.changes.map((c) => `${c.change} ${c.kind} ${c.name}`)])).toEqual([
      ["dev/core/other", ["added CronWorkflow fresh", "removed CronWorkflow lonely"]],
      ["dev/core/up", ["changed CronWorkflow source"]],
    ]);
  });

  it("gives a unified diff of the changed resource only", () => {
    const [changed] = diff.groups[1]!.changes;
    expect(changed?.patch?.split("\n").filter((l) => /^[-+] /.test(l))).toEqual(["-    - 0 3 * * *", "+    - 30 4 * * *"]);
    expect(diff.groups[0]!.changes.every((c) => c.patch === undefined)).toBe(true);
  });

  it("is empty when nothing renders differently", async () => {
    const same = diffManifests(await manifests(TREE), await manifests(tree({ [SOURCE]: `# a comment\n${TREE[SOURCE] as string}` })));
    expect(same).toEqual({ summary: { added: 0, removed: 0, changed: 0 }, groups: [] });
    expect(diffFormats.text!({ diff: same, base: "main", head: "working tree" })).toContain("No rendered manifest changes.");
  });

  it("names the Argo CD groups", () => {
    expect(groupTitle({ env: "hml" })).toBe("hml (Argo CD)");
    expect(groupTitle({ env: "" })).toBe("all environments (Argo CD)");
  });

  it.each(diffFormatNames)("%s format matches its golden file", (format) => {
    const ext = { markdown: "md", text: "txt", json: "json" }[format] ?? format;
    const golden = path.join(import.meta.dirname, "golden", `pull-request.${ext}`);
    const out = diffFormats[format]!({ diff, base: "main (merge base 0123456789ab)", head: "working tree" });
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
    expect(out).toBe(readFileSync(golden, "utf8"));
  });

  it("json is the diff itself", () => {
    expect(JSON.parse(diffFormats.json!({ diff, base: "a", head: "b" }))).toEqual({ base: "a", head: "b", ...JSON.parse(JSON.stringify(diff)) });
  });
});

describe("markdown", () => {
  it("fences a patch longer than any backtick run inside it", async () => {
    const script = (source: string) =>
      lines("apiVersion: pipeforge.io/v1alpha1", "kind: Pipeline", "metadata: {name: source}", "spec:", '  schedule: "0 3 * * *"', "  tasks:", "    - name: run", "      script:", "        image: python:3.12-alpine", "        command: [python]", `        source: ${JSON.stringify(source)}`);
    const diff = diffManifests(await manifests(tree({ [SOURCE]: script("print(1)") })), await manifests(tree({ [SOURCE]: script("print('````')") })));
    const md = diffFormats.markdown!({ diff, base: "a", head: "b" });
    expect(md).toContain("\n`````diff\n");
    expect(md).toContain("\n`````\n");
  });
});
