// Task names that pipeforge itself uses for a workflow's templates (the DAG
// entrypoint, the exit handler): a task may be refused with a finding at its
// name, or be emitted, but never as a second template of the same name (Argo
// rejects the workflow) or a DAG that runs itself.
import { describe, expect, it } from "vitest";
import { API, lines, PIPE, withBase } from "../diagnostics/repo.js";
import { compileFiles, findings } from "../support/repo.js";

interface Template {
  readonly name: string;
  readonly dag?: { readonly tasks: readonly { readonly template: string }[] };
}

const pipeline = (task: string) =>
  lines(API, "kind: Pipeline", "metadata:", "  name: daily", "spec:", "  notify: [Succeeded]", "  tasks:", `    - name: ${task}`, "      container: {image: alpine:3.20}");

describe("task names pipeforge uses for its own templates", () => {
  it.each(["main", "exit"])("%s: refused at the name, or emitted with unique template names", async (task) => {
    const result = await compileFiles({ ...withBase({ [PIPE]: pipeline(task) }) });
    if (result.failed) {
      expect(findings(result).some((f) => f.includes(` ${PIPE}:8:`)), findings(result).join("\n")).toBe(true);
      return;
    }
    const wt = result.manifests.find((m) => m.name === "daily" && (m.kind === "CronWorkflow" || m.kind === "WorkflowTemplate"));
    const spec = wt?.value.spec as { templates?: Template[]; workflowSpec?: { templates: Template[] } } | undefined;
    const templates = spec?.templates ?? spec?.workflowSpec?.templates ?? [];
    const names = templates.map((t) => t.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i), `template names ${JSON.stringify(names)}`).toEqual([]);
    for (const t of templates) for (const step of t.dag?.tasks ?? []) expect(step.template).not.toBe(t.name);
  });
});
