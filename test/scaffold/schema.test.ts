// pipeforge schema: standalone schemas an editor can use as they are. Checked
// the way an editor checks: a fresh ajv per file, no other schema loaded.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { golden, pipeforge } from "../apps/fixture.js";
import { REPO_ROOT, sampleFiles } from "../support/repo.js";

const GOLDEN = path.join(REPO_ROOT, "test", "golden", "schema");
const out = mkdtempSync(path.join(tmpdir(), "pipeforge-schema-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const KINDS = ["Repository", "Environment", "BusinessUnit", "Team", "Pipeline", "Policy"];

function editorValidator(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  return ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
}

describe("pipeforge schema --out", async () => {
  const r = await pipeforge(["schema", "--out", out], REPO_ROOT);

  it("writes one file per kind and lists them", () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(readdirSync(out).sort()).toEqual(["businessunit.json", "environment.json", "pipeline.json", "policy.json", "repository.json", "team.json"]);
    expect(r.stdout.trim().split("\n").map((l) => path.basename(l))).toEqual(["repository.json", "environment.json", "businessunit.json", "team.json", "pipeline.json", "policy.json"]);
  });

  it.each(readdirSync(out).sort())("%s matches its golden file", (name) => {
    const text = readFileSync(path.join(out, name), "utf8");
    expect(text).toBe(golden(GOLDEN, name, text));
  });

  it.each(KINDS)("%s is standalone: no reference leaves the file", (kind) => {
    const text = readFileSync(path.join(out, `${kind.toLowerCase()}.json`), "utf8");
    const refs = [...text.matchAll(/"\$ref": "([^"]*)"/g)].map((m) => m[1]);
    expect(refs.every((ref) => ref?.startsWith("#/definitions/"))).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#", $id: `https://pipeforge.io/schemas/v1alpha1/${kind.toLowerCase()}.json`, title: kind });
  });

  const documents = Object.entries(sampleFiles()).flatMap(([file, text]) =>
    parseAllDocuments(text)
      .map((d) => d.toJS() as { apiVersion?: string; kind?: string })
      .filter((v) => v?.apiVersion?.startsWith("pipeforge.io/"))
      .map((value, i) => ({ name: `${file}#${i}`, value })),
  );

  it("covers every kind in the bundled sample", () => {
    expect(new Set(documents.map((d) => d.value.kind))).toEqual(new Set(KINDS));
  });

  it.each(documents)("accepts the sample's $name", ({ value }) => {
    const validate = editorValidator(path.join(out, `${String(value.kind).toLowerCase()}.json`));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  const pipeline = documents.find((d) => d.value.kind === "Pipeline")?.value as Record<string, unknown>;
  const spec = pipeline.spec as Record<string, unknown>;
  it.each([
    ["an unknown field", { ...pipeline, spec: { ...spec, schedul: "0 1 * * *" } }],
    ["a wrong enum value", { ...pipeline, spec: { ...spec, concurrency: "Sometimes" } }],
    ["a missing required field", { ...pipeline, spec: { ...spec, tasks: undefined } }],
    ["a wrong type deep inside", { ...pipeline, spec: { ...spec, retries: { limit: "three" } } }],
    ["another kind", { ...pipeline, kind: "Team" }],
  ])("rejects %s", (_name, value) => {
    const validate = editorValidator(path.join(out, "pipeline.json"));
    expect(validate(JSON.parse(JSON.stringify(value)))).toBe(false);
  });
});

describe("pipeforge schema", () => {
  it("lists the kinds, their files and ids without arguments", async () => {
    const r = await pipeforge(["schema"], REPO_ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "Repository    repository.json    https://pipeforge.io/schemas/v1alpha1/repository.json",
        "Environment   environment.json   https://pipeforge.io/schemas/v1alpha1/environment.json",
        "BusinessUnit  businessunit.json  https://pipeforge.io/schemas/v1alpha1/businessunit.json",
        "Team          team.json          https://pipeforge.io/schemas/v1alpha1/team.json",
        "Pipeline      pipeline.json      https://pipeforge.io/schemas/v1alpha1/pipeline.json",
        "Policy        policy.json        https://pipeforge.io/schemas/v1alpha1/policy.json",
        "",
      ].join("\n"),
    );
    expect(r.stderr).toContain("pipeforge schema --out .pipeforge/schemas");
  });

  it("prints one kind's schema, the same bytes --out writes", async () => {
    const r = await pipeforge(["schema", "pipeline"], REPO_ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(GOLDEN, "pipeline.json"), "utf8"));
  });

  it("exits 2 on an unknown kind", async () => {
    const r = await pipeforge(["schema", "Workflow"], REPO_ROOT);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pipeforge: unknown kind Workflow (one of Repository, Environment, BusinessUnit, Team, Pipeline, Policy)\n" });
  });
});
