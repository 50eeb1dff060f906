import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { createSchemaRegistry, validateManifest } from "../../src/validate/index.js";
import { HAS_UPSTREAM, UPSTREAM_DIR, UPSTREAM_SKIP_NOTE, located } from "./helpers.js";

// Every upstream example of a bundled kind must validate (Argo Workflows target "4", the line
// the examples are written for). The exceptions are listed with their reason and the exact
// issues expected, so a schema change that hides or adds a problem shows up here.

const EXAMPLES = join(UPSTREAM_DIR, "examples");

const INVALID: Record<string, { reason: string; issues: Array<[string, string]> }> = {
  "argo-cd/applicationset/examples/design-doc/applicationset-fasttemplate.yaml": {
    reason: "NOTES §5: old design-doc example, template.spec.project missing",
    issues: [["spec.template.spec", "required"]],
  },
  "argo-cd/applicationset/examples/design-doc/git-directory-discovery.yaml": {
    reason: "NOTES §5: old design-doc example, git.revision and template.spec.project missing",
    issues: [["spec.generators.0.git", "required"], ["spec.template.spec", "required"]],
  },
  "argo-cd/applicationset/examples/design-doc/git-files-discovery.yaml": {
    reason: "NOTES §5: old design-doc example, git.revision and template.spec.project missing",
    issues: [["spec.generators.0.git", "required"], ["spec.template.spec", "required"]],
  },
  "argo-cd/applicationset/examples/design-doc/git-files-literal.yaml": {
    reason: "NOTES §5: old design-doc example, git.revision and template.spec.project missing",
    issues: [["spec.generators.0.git", "required"], ["spec.template.spec", "required"]],
  },
  "argo-cd/docs/operator-manual/applicationset.yaml": {
    // A reference page listing every option, not a manifest meant to apply. Its 15 null values
    // (`key:` with nothing after it) are dropped like the API server does; what remains are
    // fields the API server would reject: NOTES names source.revision, strict checking finds the
    // rest (options shown at the wrong level, clusterDecisionResource/plugin fields indented one
    // level too shallow, a matrix left without generators).
    reason: "NOTES §5: null values and source.revision; strict mode finds further misplaced fields",
    issues: [
      ["spec.generators.0.list.template.spec.source.revision", "additionalProperties"],
      ["spec.generators.3.scmProvider.github.values", "additionalProperties"],
      ["spec.generators.4.configMapRef", "additionalProperties"],
      ["spec.generators.4.name", "additionalProperties"],
      ["spec.generators.4.labelSelector", "additionalProperties"],
      ["spec.generators.4.requeueAfterSeconds", "additionalProperties"],
      ["spec.generators.5.pullRequest.awsCodeCommit", "additionalProperties"],
      ["spec.generators.6.matrix", "required"],
      ["spec.generators.8.configMapRef", "additionalProperties"],
      ["spec.generators.8.input", "additionalProperties"],
      ["spec.template.spec.source.parameters", "additionalProperties"],
      ["spec.template.spec.source.helm.useCredentials", "additionalProperties"],
    ],
  },
  // Not in NOTES §5: NOTES checked Argo Events against the open JSON schema. Closed like the CRDs,
  // it finds two fields the controller silently ignores (its decoder is case-sensitive and
  // TriggerTemplate has no policy: the policy belongs one level up, on the Trigger).
  "argo-events/examples/sensors/trigger-with-policy.yaml": {
    reason: "policy under triggers[].template; the schema (and controller) read it from triggers[]",
    issues: [["spec.triggers.0.template.policy", "additionalProperties"]],
  },
  "argo-events/examples/sensors/url-sensor.yaml": {
    reason: "verifycert instead of verifyCert",
    issues: [["spec.triggers.0.template.k8s.source.url.verifycert", "additionalProperties"]],
  },
};

// eemeli/yaml (the project's parser) rejects these; go-yaml accepts them. The construct is a
// double-quoted multi-line flow scalar whose continuation lines are indented less than the key.
const UNPARSEABLE = new Set([
  "argo-workflows/examples/ci-output-artifact.yaml",
  "argo-workflows/examples/ci.yaml",
  "argo-workflows/examples/k8s-orchestration.yaml",
  "argo-workflows/examples/nested-workflow.yaml",
  "argo-workflows/examples/secrets.yaml",
]);

function yamlFiles(dir: string): string[] {
  if (!HAS_UPSTREAM) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [relative(EXAMPLES, path)] : [];
  });
}

const registry = createSchemaRegistry({ argoWorkflows: "4" });
const files = yamlFiles(EXAMPLES);
const documents = files
  .filter((file) => !UNPARSEABLE.has(file))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(EXAMPLES, file), "utf8"), { version: "1.1" })
      .map((doc, index) => ({ file, index, data: doc.toJS() as unknown, errors: doc.errors }))
      .filter((d) => d.data !== null),
  );

describe(`upstream examples${UPSTREAM_SKIP_NOTE}`, () => {
  it.skipIf(!HAS_UPSTREAM)("finds the example sets", () => {
    expect(files.length).toBeGreaterThan(190);
  });

  it.each(documents.filter((d) => !(d.file in INVALID)).map((d) => [`${d.file}#${d.index}`, d] as const))("%s is valid", (_name, doc) => {
    expect(doc.errors).toEqual([]);
    const result = validateManifest(registry, doc.data);
    expect(result.errors).toEqual([]);
    expect(result.status).toBe("valid");
  });

  it.each(Object.entries(INVALID).filter(([file]) => files.includes(file)))("%s is invalid: %s", (file, expected) => {
    const [doc] = documents.filter((d) => d.file === file);
    const result = validateManifest(registry, doc?.data);
    expect(result.status).toBe("invalid");
    expect(located(result)).toEqual(expected.issues);
  });

  it("drops the null fields of the operator-manual ApplicationSet instead of reporting them", () => {
    const doc = documents.find((d) => d.file === "argo-cd/docs/operator-manual/applicationset.yaml");
    if (!doc) return;
    expect(validateManifest(registry, doc.data).droppedNulls.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...UNPARSEABLE].filter((file) => files.includes(file)))("%s is still rejected by the YAML parser (else move it to the checked set)", (file) => {
    const docs = parseAllDocuments(readFileSync(join(EXAMPLES, file), "utf8"), { version: "1.1" });
    expect(docs.some((d) => d.errors.length > 0)).toBe(true);
  });

  it("met no ajv warnings while compiling", () => {
    expect(registry.problems()).toEqual([]);
  });
});
