// The graph model and its two drawings: ids that never come from names,
// labels escaped for each language, deterministic order.
import { describe, expect, it } from "vitest";
import { dotString, renderDot } from "../../src/graph/render-dot.js";
import { buildGraphModel, type GraphModel } from "../../src/graph/render-formats.js";
import { mermaidText, renderMermaid } from "../../src/graph/render-mermaid.js";
import { compileFiles, sampleFiles } from "../support/repo.js";

const hostile = 'a"b#c<d>e`f|g\nh';
const model: GraphModel = {
  clusters: [
    { id: "p1", label: hostile, tasks: [{ id: "p1_t1", label: "end" }, { id: "p1_t2", label: "x" }], edges: [["p1_t1", "p1_t2"]], sinks: ["p1_t2"], roots: ["p1_t1"] },
    { id: "p2", label: "two", tasks: [{ id: "p2_t1", label: "y" }], edges: [], sinks: ["p2_t1"], roots: ["p2_t1"] },
  ],
  webhooks: [{ id: "w1", label: 'POST /x"y' }],
  triggers: [{ from: "p1", to: "p2", label: "Succeeded" }],
  starts: [{ from: "w1", to: "p1" }],
};

describe("escaping", () => {
  it.each([
    [hostile, "a#quot;b#35;c#lt;d#gt;e#96;f#124;g h"],
    ["plain-name", "plain-name"],
  ])("mermaidText(%j)", (input, want) => {
    expect(mermaidText(input)).toBe(want);
  });

  it.each([
    [hostile, '"a\\"b#c<d>e`f|g\\nh"'],
    ["back\\slash \\N", '"back\\\\slash \\\\N"'],
  ])("dotString(%j)", (input, want) => {
    expect(dotString(input)).toBe(want);
  });
});

describe("renderers", () => {
  it("writes Mermaid with generated ids and escaped labels only", () => {
    expect(renderMermaid(model)).toBe(
      [
        "flowchart LR",
        '  subgraph p1 ["a#quot;b#35;c#lt;d#gt;e#96;f#124;g h"]',
        "    direction TB",
        '    p1_t1["end"]',
        '    p1_t2["x"]',
        "    p1_t1 --> p1_t2",
        "  end",
        '  subgraph p2 ["two"]',
        "    direction TB",
        '    p2_t1["y"]',
        "  end",
        '  w1(["POST /x#quot;y"])',
        "  w1 -.-> p1",
        '  p1 -.->|"Succeeded"| p2',
        "",
      ].join("\n"),
    );
  });

  it("writes dot with cluster-clipped trigger edges from the upstream's sink to the downstream's root", () => {
    const dot = renderDot(model);
    expect(dot).toContain('    label="a\\"b#c<d>e`f|g\\nh";');
    expect(dot).toContain("  w1 -> p1_t1 [lhead=cluster_p1, style=dashed];");
    expect(dot).toContain('  p1_t2 -> p2_t1 [ltail=cluster_p1, lhead=cluster_p2, style=dashed, label="Succeeded"];');
  });
});

describe("buildGraphModel on the sample", async () => {
  const result = await compileFiles(sampleFiles());

  it("numbers pipelines by id within the selected environments", () => {
    const prd = buildGraphModel(result.resolved, result.graph, ["prd"]);
    expect(prd.clusters[0]).toMatchObject({ id: "p1", label: "prd/autos/dataeng/ingest-orders" });
    expect(prd.clusters.every((c) => c.label.startsWith("prd/"))).toBe(true);
    expect(prd.triggers.every((t) => prd.clusters.some((c) => c.id === t.from))).toBe(true);
  });

  it("does not depend on the order pipelines were loaded in", () => {
    const reversed = { ...result.resolved, pipelines: [...result.resolved.pipelines].reverse() };
    const edges = { ...result.graph, edges: [...result.graph.edges].reverse() };
    expect(renderMermaid(buildGraphModel(reversed, edges))).toBe(renderMermaid(buildGraphModel(result.resolved, result.graph)));
  });

  it("draws one trigger edge per after: reference and one start edge per webhook trigger", () => {
    const all = buildGraphModel(result.resolved, result.graph);
    expect(all.triggers).toHaveLength(result.graph.edges.length);
    const webhookTriggers = result.resolved.pipelines.flatMap((p) => (p.spec.triggers ?? []).filter((t) => "webhook" in t));
    expect(all.starts).toHaveLength(webhookTriggers.length);
  });
});
