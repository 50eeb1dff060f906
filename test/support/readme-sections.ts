// The README's generated sections: the code table, and the files `pipeforge
// init` writes (as it writes them), so the README shows exactly what the tests run.
import { readScaffold } from "../../src/cli/actions/init.js";
import { codeTableMarkdown } from "../../src/diagnostics/index.js";
import { planInit } from "../../src/scaffold/index.js";
import { VERSION } from "../../src/version.js";

export const SCAFFOLD_IN_README = [".pre-commit-config.yaml", ".github/workflows/pipeforge.yml", "argocd/bootstrap.yaml"];

export function readmeSections(): Map<string, string> {
  const files = planInit({ version: VERSION, repoURL: "https://git.example.com/data/pipelines.git" }, readScaffold());
  const out = new Map<string, string>([["codes", codeTableMarkdown()]]);
  for (const name of SCAFFOLD_IN_README) {
    const body = files.get(name);
    if (body === undefined) throw new Error(`pipeforge init does not write ${name}`);
    out.set(`scaffold:${name}`, "```yaml\n" + body + (body.endsWith("\n") ? "" : "\n") + "```\n");
  }
  return out;
}
