// A diagnostic about an inherited value points at the file that set it.
import { describe, expect, it } from "vitest";
import { compileFiles, findings } from "./support/repo.js";
import { minimalRepo } from "./support/minimal.js";

/** `file:line:col` of the first occurrence of `needle` in the file's text: the value's own token. */
function positionOf(files: Record<string, string | Uint8Array>, file: string, needle: string): string {
  const lines = String(files[file]).split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  expect(line).toBeGreaterThanOrEqual(0);
  return `${file}:${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

const sparkPipeline = {
  metadata: { name: "job" },
  spec: { tasks: [{ name: "calc", spark: { type: "Scala", mainApplicationFile: "local:///app.jar" } }] },
};

describe("provenance of inherited values", () => {
  it("points at the environment when the environment's default is wrong", async () => {
    const files = minimalRepo({ pipeline: sparkPipeline });
    const env = files["environments/dev/environment.yaml"] as string;
    files["environments/dev/environment.yaml"] = env.replace("memory: 512m", "memory: 512Mi");
    const result = await compileFiles(files);
    expect(findings(result).filter((f) => f.startsWith("SEM012"))).toEqual([`SEM012 ${positionOf(files, "environments/dev/environment.yaml", "512Mi")}`]);
  });

  it("points at the team when the team overrides the default", async () => {
    const files = minimalRepo({ pipeline: sparkPipeline, team: { defaults: { spark: { executor: { memory: "2Gi" } } } } });
    const result = await compileFiles(files);
    expect(findings(result).filter((f) => f.startsWith("SEM012"))).toEqual([`SEM012 ${positionOf(files, "environments/dev/bu/team/team.yaml", "2Gi")}`]);
  });

  it("points at the pipeline when the pipeline sets the value itself", async () => {
    const files = minimalRepo({ pipeline: { ...sparkPipeline, spec: { tasks: [{ name: "calc", spark: { type: "Scala", mainApplicationFile: "local:///app.jar", driver: { memory: "1Gi" } } }] } } });
    const result = await compileFiles(files);
    expect(findings(result).filter((f) => f.startsWith("SEM012"))).toEqual([`SEM012 ${positionOf(files, "environments/dev/bu/team/job.yaml", "1Gi")}`]);
  });

  it("keeps list elements attributed to the layer that replaced the list", async () => {
    const team = { defaults: { scheduling: { tolerations: [{ key: "a", operator: "Equal", value: "x", effect: "NoSchedule" }] } } };
    const result = await compileFiles(minimalRepo({ team }));
    expect(result.diagnostics).toEqual([]);
    const p = result.resolved.pipelines[0]!;
    expect(p.origin(["tasks", 0, "scheduling", "tolerations", 0, "key"]).file).toBe("environments/dev/bu/team/team.yaml");
    expect(p.origin(["schedule"]).file).toBe("environments/dev/bu/team/daily.yaml");
    expect(p.origin(["timezone"]).file).toBe("environments/dev/environment.yaml");
  });
});
