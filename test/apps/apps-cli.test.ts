// pipeforge apps end to end: the real CLI on repositories written by
// `pipeforge init` (environments dev and qa), each changed so that one code
// fires; findings asserted by code and line:column, exit codes, and what
// goes to stdout and to stderr.
import { afterAll, describe, it } from "vitest";
import { bundledTemplate, findingKeys, initFiles, pipeforge, REPO_URL, removeRepo, writeRepo } from "./fixture.js";

const APPSET = "templates/applicationset.yaml.hbs";
const appset = bundledTemplate("applicationset.yaml.hbs");
const TEAM = (env: string) => `environments/${env}/platform/data/team.yaml:5:7`;
const ENV_NAMESPACE = (env: string) => `environments/${env}/environment.yaml:11:22`;
const ENV_KIND = (env: string) => `environments/${env}/environment.yaml:6:7`;

const made: string[] = [];
afterAll(() => made.forEach(removeRepo));

function repo(change: (files: Map<string, string>) => void = () => undefined, envs = ["dev", "qa"], bu = "platform", team = "data"): string {
  const files = initFiles(envs, bu, team);
  change(files);
  const root = writeRepo(files);
  made.push(root);
  return root;
}

const override = (from: string, to: string) => (files: Map<string, string>) => {
  if (!appset.includes(from)) throw new Error(`the bundled ApplicationSet template has no ${from}`);
  files.set(APPSET, appset.replace(from, to));
};
const NAME = "name: {{json appset.template.name}}";

interface CodeCase {
  readonly code: string;
  readonly name: string;
  readonly change: (files: Map<string, string>) => void;
  readonly envs?: string[];
  readonly names?: readonly [string, string];
  readonly expected: readonly string[];
  readonly exit?: number;
}

const cases: readonly CodeCase[] = [
  { code: "APP001", name: "a name template with '_'", change: override(NAME, 'name: "\\{{index .path.segments 1}}_\\{{index .path.segments 3}}"'), expected: [`APP001 ${TEAM("dev")}`, `APP001 ${TEAM("qa")}`] },
  {
    code: "APP002",
    // The AppProject and the namespace (56 characters) fit; the Application name does not.
    name: "a name template that adds a prefix to long folder names",
    envs: ["dev"],
    names: ["business-unit-with-a-long-name", "team-with-a-long-name"],
    change: override(NAME, 'name: "application-\\{{index .path.segments 1}}-\\{{index .path.segments 2}}-\\{{index .path.segments 3}}"'),
    expected: ["APP002 environments/dev/business-unit-with-a-long-name/team-with-a-long-name/team.yaml:5:7"],
  },
  { code: "APP003", name: "a name template without the environment", change: override(NAME, 'name: "\\{{index .path.segments 3}}"'), expected: [`APP003 ${TEAM("qa")}`] },
  { code: "APP004", name: "a destination namespace other than the team's", change: override("namespace: {{json appset.template.namespace}}", 'namespace: "\\{{index .path.segments 3}}"'), expected: [`APP004 ${ENV_NAMESPACE("dev")}`, `APP004 ${ENV_NAMESPACE("qa")}`] },
  { code: "APP005", name: "the default project", change: override("project: {{json appset.template.project}}", "project: default"), expected: [`APP005 ${ENV_KIND("dev")}`, `APP005 ${ENV_KIND("qa")}`] },
  {
    code: "APP006",
    name: "a template function",
    change: override(NAME, 'name: "\\{{.path.basename | upper}}"'),
    // Nothing is generated, so no team is deployed either.
    expected: [`APP006 ${ENV_KIND("dev")}`, `APP008 ${TEAM("dev")}`, `APP006 ${ENV_KIND("qa")}`, `APP008 ${TEAM("qa")}`],
  },
  { code: "APP007", name: "a missing key with missingkey=error", change: override(NAME, 'name: "\\{{.path.nothing}}"'), expected: [`APP007 ${ENV_KIND("dev")}`, `APP008 ${TEAM("dev")}`, `APP007 ${ENV_KIND("qa")}`, `APP008 ${TEAM("qa")}`] },
  {
    code: "APP008",
    name: "a generator pattern that matches no team folder",
    change: override("generators: {{json appset.generators}}", `generators: [{git: {repoURL: ${JSON.stringify(REPO_URL)}, revision: main, directories: [{path: "rendered/elsewhere/*/*"}]}}]`),
    expected: [`APP008 ${TEAM("dev")}`, `APP008 ${TEAM("qa")}`],
  },
  {
    code: "APP009",
    name: "a second generator over the same team folders",
    change: override(
      "generators: {{json appset.generators}}",
      [
        "generators:",
        "{{#each appset.generators}}",
        "    - {{json this}}",
        '    - {git: {repoURL: {{json this.git.repoURL}}, revision: main, directories: {{json this.git.directories}}, template: {metadata: {name: "copy-\\{{index .path.segments 1}}"}, spec: {project: "\\{{index .path.segments 1}}-platform-data", destination: {server: "https://kubernetes.default.svc", namespace: "\\{{index .path.segments 1}}-platform-data"}}}}}',
        "{{/each}}",
      ].join("\n"),
    ),
    expected: [`APP009 ${TEAM("dev")}`, `APP009 ${TEAM("qa")}`],
  },
  {
    code: "APP010",
    name: "RollingSync steps that select no Application",
    change: (files) => {
      const qa = "environments/qa/environment.yaml";
      files.set(qa, (files.get(qa) ?? "").replace("spec:\n", "spec:\n  promotion: {after: dev}\n"));
      override("labels: {{json appset.template.labels}}", 'labels: {"pipeforge.io/environment": "env-\\{{index .path.segments 1}}"}')(files);
    },
    expected: [`APP010 ${TEAM("dev")}`, `APP010 ${TEAM("qa")}`],
    exit: 0,
  },
];

describe("pipeforge apps: a code per case, by line and column", () => {
  it.concurrent.for(cases)("$code: $name", async (c, { expect }) => {
    const root = repo(c.change, c.envs, ...(c.names ?? ["platform", "data"]));
    const r = await pipeforge(["apps", "--format", "json"], root);
    expect(r.stderr).toBe("");
    expect(findingKeys(r.stdout)).toEqual(c.expected);
    expect(r.code).toBe(c.exit ?? 1);
  });
});

describe.concurrent("pipeforge apps: output and exit codes", () => {
  it("prints the table on stdout, nothing on stderr, and exits 0 for a clean repository", async ({ expect }) => {
    const r = await pipeforge(["apps"], repo());
    expect(r).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "NAME               APPLICATIONSET  PROJECT            SOURCE PATH                 NAMESPACE          LABELS",
        "dev-platform-data  pipeforge-dev   dev-platform-data  rendered/dev/platform/data  dev-platform-data  app.kubernetes.io/managed-by=pipeforge,pipeforge.io/business-unit=platform,pipeforge.io/environment=dev,pipeforge.io/team=data",
        "qa-platform-data   pipeforge-qa    qa-platform-data   rendered/qa/platform/data   qa-platform-data   app.kubernetes.io/managed-by=pipeforge,pipeforge.io/business-unit=platform,pipeforge.io/environment=qa,pipeforge.io/team=data",
        "2 Applications from 2 ApplicationSets, expanded against the folders `pipeforge build` would write under rendered/ (derived from the planned output; no build needed).",
        "",
      ].join("\n"),
    });
  });

  it("keeps the table on stdout and puts findings on stderr in text format", async ({ expect }) => {
    const r = await pipeforge(["apps"], repo(override(NAME, 'name: "\\{{index .path.segments 3}}"')));
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[1]).toMatch(/^data {2}/);
    expect(r.stderr).toContain(`${TEAM("qa")}: error APP003 Application data (ApplicationSet pipeforge-qa, rendered/qa/platform/data): name also generated by ApplicationSet pipeforge-dev`);
  });

  it("--env keeps one environment's Applications", async ({ expect }) => {
    const r = await pipeforge(["apps", "--env", "qa", "--format", "json"], repo());
    const doc = JSON.parse(r.stdout) as { applications: { name: string }[] };
    expect(doc.applications.map((a) => a.name)).toEqual(["qa-platform-data"]);
    expect(r.code).toBe(0);
  });

  it("--env drops other environments' findings", async ({ expect }) => {
    const r = await pipeforge(["apps", "--env", "dev", "--format", "json"], repo(override(NAME, 'name: "\\{{index .path.segments 1}}_\\{{index .path.segments 3}}"')));
    expect(findingKeys(r.stdout)).toEqual([`APP001 ${TEAM("dev")}`]);
  });

  it("--fail-on warning fails on a RollingSync gap", async ({ expect }) => {
    const root = repo(cases.find((c) => c.code === "APP010")?.change);
    expect((await pipeforge(["apps", "--fail-on", "warning"], root)).code).toBe(1);
  });

  it("in plugin mode expands against the spec folders themselves", async ({ expect }) => {
    const root = repo((files) => files.set("pipeforge.yaml", (files.get("pipeforge.yaml") ?? "").replace("  mode: rendered\n", "  mode: plugin\n")));
    const r = await pipeforge(["apps", "--format", "json"], root);
    const doc = JSON.parse(r.stdout) as { directories: unknown; applications: { source: { path: string; plugin?: string } }[] };
    expect(doc.directories).toEqual({ from: "repository", root: "environments", count: 7 });
    expect(doc.applications.map((a) => a.source)).toEqual([
      { repoURL: REPO_URL, targetRevision: "main", path: "environments/dev/platform/data", plugin: "pipeforge" },
      { repoURL: REPO_URL, targetRevision: "main", path: "environments/qa/platform/data", plugin: "pipeforge" },
    ]);
    expect(r.code).toBe(0);
  });

  it("previews nothing for a repository with errors: exit 1, findings on stderr, empty stdout", async ({ expect }) => {
    const root = repo((files) => files.set("environments/dev/platform/data/hello.yaml", "apiVersion: pipeforge.io/v1alpha1\nkind: Pipeline\nspec: {tasks: [], bogus: 1}\n"));
    const r = await pipeforge(["apps"], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("environments/dev/platform/data/hello.yaml:3:");
    expect(r.stderr).toContain("apps: the repository has errors");
  });

  it.for([
    ["an unknown environment", ["apps", "--env", "nope"], "--env nope: no such environment (have dev, qa)"],
    ["an unknown format", ["apps", "--format", "yaml"], "--format must be one of text, json"],
  ] as const)("exits 2 on %s", async ([, args, message], { expect }) => {
    const r = await pipeforge(args, repo());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`pipeforge: ${message}\n`);
  });
});
