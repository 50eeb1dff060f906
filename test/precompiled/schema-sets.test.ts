// Sets of pipeforge's own schemas (spec kinds; Policy and rule parameters): the precompiled
// validators generated from them validate exactly as run-time compiled ones (same errors, down to
// parentSchema), are what a set runs when fresh, and are never used when missing or stale.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/index.js";
import { PRECOMPILED_INDEX, type PrecompiledIndex } from "../../src/precompiled/module.js";
import { generateSchemaSets } from "../../src/precompiled/generate.js";
import { openSchemaSet, type OwnSchema, type SchemaSet } from "../../src/precompiled/schema-set.js";
import { policySchemaSet } from "../../src/policy/schema-errors.js";
import { builtinRule } from "../../src/policy/rules/index.js";
import { policySchema } from "../../src/policy/schema.js";
import { specSchemas } from "../../src/spec/schemas/kinds.js";
import { specSchemaSet } from "../../src/spec/validate-spec.js";
import { allDocumentCases } from "./cases.js";

const sets = [specSchemaSet, policySchemaSet];
const dir = mkdtempSync(path.join(tmpdir(), "pipeforge-own-schemas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const index = generateSchemaSets(sets, dir);

/** Every value of the tables a set's schema validates: spec documents, policies, and each built-in rule entry's parameters. */
function validations(): { set: SchemaSet; schema: OwnSchema; value: unknown }[] {
  const out: { set: SchemaSet; schema: OwnSchema; value: unknown }[] = [];
  for (const { files } of allDocumentCases) {
    for (const [file, text] of Object.entries(files)) {
      if (typeof text !== "string") continue;
      for (const { value } of parseYamlFile(file, text).documents) {
        const kind = (value as { kind?: unknown } | null)?.kind;
        const spec = typeof kind === "string" ? specSchemas[kind] : undefined;
        if (spec) out.push({ set: specSchemaSet, schema: spec, value });
        if (kind !== "Policy") continue;
        out.push({ set: policySchemaSet, schema: policySchema, value });
        const rules = (value as { spec?: { rules?: unknown } }).spec?.rules;
        for (const entry of Array.isArray(rules) ? (rules as { id?: unknown; parameters?: object }[]) : []) {
          const rule = typeof entry.id === "string" ? builtinRule(entry.id) : undefined;
          if (rule) out.push({ set: policySchemaSet, schema: rule.parameters, value: { ...rule.defaults, ...entry.parameters } });
        }
      }
    }
  }
  return out;
}

function outcome(set: SchemaSet, from: string | false, schema: OwnSchema, value: unknown) {
  const validate = openSchemaSet(set, from).validator(schema);
  return { valid: validate(value), errors: validate.errors };
}

describe("precompiled own schemas", () => {
  it("cover every schema of every set", () => {
    for (const set of sets) {
      expect(index.families[set.name]?.kinds).toEqual(Object.keys(set.schemas()).sort());
      expect(openSchemaSet(set, dir).precompiled()).toBe(true);
    }
  });

  it("validate like run-time compiled schemas: same result, same errors", () => {
    const all = validations();
    const invalid = all.filter(({ set, schema, value }) => !outcome(set, false, schema, value).valid);
    expect(invalid.length).toBeGreaterThanOrEqual(30);
    for (const { set, schema, value } of all) expect(outcome(set, dir, schema, value)).toEqual(outcome(set, false, schema, value));
  });

  it("are what a set runs when fresh (a planted module shows through)", () => {
    const planted = mkdtempSync(path.join(tmpdir(), "pipeforge-own-planted-"));
    try {
      generateSchemaSets(sets, planted);
      const sentinel = `module.exports = function create() {
  const validate = () => { validate.errors = [{ instancePath: "", schemaPath: "#/sentinel", keyword: "sentinel", params: {} }]; return false; };
  return { Team: validate };
};`;
      writeFileSync(path.join(planted, "spec.cjs"), sentinel);
      const validate = openSchemaSet(specSchemaSet, planted).validator(specSchemas.Team ?? {});
      expect(validate({ apiVersion: "pipeforge.io/v1alpha1", kind: "Team" })).toBe(false);
      expect(validate.errors?.map((e) => e.keyword)).toEqual(["sentinel"]);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
  });

  const team = { apiVersion: "pipeforge.io/v1alpha1", kind: "Team", spec: { ownres: [] } };
  const compiledTeam = outcome(specSchemaSet, false, specSchemas.Team ?? {}, team);
  const stale: [string, SchemaSet, (index: PrecompiledIndex) => PrecompiledIndex][] = [
    ["a stamp that does not match", specSchemaSet, (i) => ({ ...i, families: Object.fromEntries(Object.entries(i.families).map(([k, v]) => [k, { ...v, stamp: "0".repeat(64) }])) })],
    ["an index of another format", specSchemaSet, (i) => ({ ...i, format: i.format + 1 })],
    ["a schema edited since", { ...specSchemaSet, schemas: () => ({ ...specSchemas, Pipeline: { ...specSchemas.Pipeline, required: ["spec"] } }) }, (i) => i],
    ["other ajv options", { ...specSchemaSet, options: { ...specSchemaSet.options, allErrors: false } }, (i) => i],
  ];

  it.each(stale)("are not used when stale: %s (the schemas are compiled)", (_name, set, edit) => {
    const copy = mkdtempSync(path.join(tmpdir(), "pipeforge-own-stale-"));
    try {
      const written = generateSchemaSets(sets, copy);
      writeFileSync(path.join(copy, PRECOMPILED_INDEX), JSON.stringify(edit(written)));
      const opened = openSchemaSet(set, copy);
      expect(opened.precompiled()).toBe(false);
      const validate = opened.validator(set.schemas().Team ?? {});
      expect({ valid: validate(team), errors: validate.errors }).toEqual(outcome(set, false, set.schemas().Team ?? {}, team));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("are not looked for when no folder holds them, or asked not to be", () => {
    for (const from of [path.join(dir, "nowhere"), false] as const) {
      const opened = openSchemaSet(specSchemaSet, from);
      expect(opened.precompiled()).toBe(false);
      expect(outcome(specSchemaSet, from, specSchemas.Team ?? {}, team)).toEqual(compiledTeam);
    }
    expect(compiledTeam.valid).toBe(false);
  });

  it("leave a schema outside the set to ajv", () => {
    const validate = openSchemaSet(policySchemaSet, dir).validator({ type: "object", properties: { x: {} }, required: ["x"] });
    expect(validate({})).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toEqual(["required"]);
  });
});
