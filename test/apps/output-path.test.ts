// `output: ./rendered/` must give generator paths Argo CD can match (it lists clean relative folders).
import { describe, expect, it } from "vitest";
import { compileFiles } from "../support/repo.js";
import { minimalRepo } from "../support/minimal.js";

describe("output folder spelling", () => {
  it.each(["./rendered/", "rendered/", "./rendered"])("normalises output: %s", async (output) => {
    const files = minimalRepo({});
    files["pipeforge.yaml"] = String(files["pipeforge.yaml"]) + `  output: ${output}\n`;
    const result = await compileFiles(files);
    expect(result.diagnostics).toEqual([]);
    const appset = result.manifests.find((m) => m.kind === "ApplicationSet");
    expect(JSON.stringify(appset?.value)).toContain('"path":"rendered/dev/*/*"');
  });
});
