// Where a file sits decides what it may hold. Pure: paths in, roles out.

export type FileRole =
  | { readonly role: "repository" }
  | { readonly role: "environment"; readonly env: string }
  | { readonly role: "businessunit"; readonly env: string; readonly bu: string }
  | { readonly role: "team"; readonly env: string; readonly bu: string; readonly team: string }
  | { readonly role: "team-content"; readonly env: string; readonly bu: string; readonly team: string }
  | { readonly role: "policy" }
  | { readonly role: "template"; readonly name: string }
  | { readonly role: "misplaced"; readonly reason: string };

export const INPUT_GLOBS = [
  "pipeforge.yaml",
  "pipeforge.yml",
  "environments/**/*.yaml",
  "environments/**/*.yml",
  "policies/**/*.yaml",
  "policies/**/*.yml",
  "templates/**/*.hbs",
];

/** The two names a YAML file `stem` may have, `.yaml` first. */
export const yamlFiles = (stem: string) => [`${stem}.yaml`, `${stem}.yml`];
/** Environment names a glob can hold as they are (anything else could be read as a pattern). */
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * The globs of a focused load whose teams all lie in environments `envs`: those are listed in
 * full; the others down to what a focused load reads of them (discover/focus.ts): their files
 * above team folders and each team's team.yaml, not their pipelines. A monorepo's other
 * environments hold most of its files. Undefined when a name cannot be put in a glob as it is.
 */
export function focusedInputGlobs(envs: readonly string[]): string[] | undefined {
  if (!envs.every((env) => PLAIN_NAME.test(env) && env !== "." && env !== "..")) return undefined;
  return [
    ...INPUT_GLOBS.filter((g) => !g.startsWith("environments/")),
    ...envs.flatMap((env) => yamlFiles(`environments/${env}/**/*`)),
    ...["environments/*", "environments/*/*", "environments/*/*/*", "environments/*/*/*/team"].flatMap(yamlFiles),
  ];
}

const isYaml = (name: string) => name.endsWith(".yaml") || name.endsWith(".yml");
const stem = (name: string) => name.replace(/\.ya?ml$/, "");

// Focused loads ask for the role of every listed path several times: remembered per path.
const roles = new Map<string, FileRole>();
const ROLES_LIMIT = 200_000;

export function classifyPath(path: string): FileRole {
  let role = roles.get(path);
  if (role === undefined) {
    if (roles.size >= ROLES_LIMIT) roles.clear();
    roles.set(path, (role = classify(path)));
  }
  return role;
}

function classify(path: string): FileRole {
  const parts = path.split("/");
  const [top] = parts;
  if (parts.length === 1 && isYaml(path) && stem(path) === "pipeforge") return { role: "repository" };
  if (top === "templates" && path.endsWith(".hbs")) return { role: "template", name: parts.slice(1).join("/") };
  if (top === "policies") return { role: "policy" };
  if (top !== "environments") return { role: "misplaced", reason: "outside environments/ and policies/" };
  const file = parts[parts.length - 1] ?? "";
  const depth = parts.length - 1; // segments below environments/
  if (depth === 1) return { role: "misplaced", reason: `environments/ holds one folder per environment, not files` };
  const env = parts[1] ?? "";
  if (depth === 2) {
    if (stem(file) === "environment") return { role: "environment", env };
    return { role: "misplaced", reason: `an environment folder holds environment.yaml and business-unit folders only` };
  }
  const bu = parts[2] ?? "";
  if (depth === 3) {
    if (stem(file) === "businessunit") return { role: "businessunit", env, bu };
    return { role: "misplaced", reason: `a business-unit folder holds businessunit.yaml and team folders only` };
  }
  const team = parts[3] ?? "";
  if (depth === 4 && stem(file) === "team") return { role: "team", env, bu, team };
  return { role: "team-content", env, bu, team };
}
