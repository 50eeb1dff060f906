// `after:` references are relative to the pipeline that holds them: `name`
// (same team), `team/name` (same business unit), `bu/team/name` (same
// environment). A fourth part names an environment, which is refused.
import { describe, expect, it } from "vitest";
import { API, at, BASE, ENV, lines, pipeline, PIPE, TEAM, withBase, compileFiles, type Files } from "./repo.js";

const UPSTREAM = "hml/autos/ml/daily";
const team = (owner: string): string => lines(API, "kind: Team", "spec:", `  owners: [${owner}]`);
/** A pipeline triggered after `ref`; the reference's value starts at line 7, column 14. */
const downstream = (name: string, ref: string): string =>
  pipeline(name, "  triggers:", `    - after: ${ref}`, "  tasks:", "    - name: hello", "      container: {image: alpine:3.20}");

interface Form {
  readonly form: string;
  /** The downstream pipeline's id. */
  readonly id: string;
  readonly files: Files;
}

const forms: readonly Form[] = [
  { form: "name (same team)", id: "hml/autos/ml/follow", files: { "environments/hml/autos/ml/follow.yaml": downstream("follow", "daily") } },
  {
    form: "team/name (same business unit)",
    id: "hml/autos/web/follow",
    files: { "environments/hml/autos/web/team.yaml": team("web@example.com"), "environments/hml/autos/web/follow.yaml": downstream("follow", "ml/daily") },
  },
  {
    form: "bu/team/name (same environment)",
    id: "hml/finance/risk/follow",
    files: { "environments/hml/finance/risk/team.yaml": team("risk@example.com"), "environments/hml/finance/risk/follow.yaml": downstream("follow", "autos/ml/daily") },
  },
];

describe("relative after: references", () => {
  it.each(forms)("$form resolves to $id", async ({ id, files }) => {
    const { result, findings } = await compileFiles(withBase(files));
    expect(findings).toEqual([]);
    expect(result.graph.edges.map((e) => [e.from.id, e.to.id])).toEqual([[UPSTREAM, id]]);
  });

  it("all three forms together resolve to the same upstream", async () => {
    const files: Files = Object.assign({}, ...forms.map((f) => f.files));
    const { result, findings } = await compileFiles(withBase(files));
    expect(findings).toEqual([]);
    expect(result.graph.downstream.get(UPSTREAM)?.map((e) => e.to.id).sort()).toEqual(forms.map((f) => f.id).sort());
  });

  it("env/bu/team/name into another environment is SEM006, even when the target exists", async () => {
    // prd holds the same team and pipeline, so only the environment boundary is wrong.
    const prd: Files = {
      "environments/prd/environment.yaml": String(BASE[ENV]),
      "environments/prd/autos/ml/team.yaml": String(BASE[TEAM]),
      "environments/prd/autos/ml/daily.yaml": String(BASE[PIPE]),
    };
    const follow = "environments/hml/autos/ml/follow.yaml";
    const { result, findings } = await compileFiles(withBase({ ...prd, [follow]: downstream("follow", "prd/autos/ml/daily") }));
    expect(findings).toEqual([at("SEM006", follow, 7, 14)]);
    expect(result.graph.edges).toEqual([]);
  });
});
