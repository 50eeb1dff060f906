// What `pipeforge init` writes: the specs of one environment, business unit,
// team and pipeline; the editor schemas; and the integration files shipped in
// the package's scaffold/ folder (pre-commit, CI, Argo CD plugin and
// bootstrap), with the pipeforge version pinned. Pure: templates in, files out.
import { posix } from "node:path";
import { PLACEHOLDER_REPO_URL } from "../emit/index.js";
import { SCHEMA_DIR } from "./modeline.js";
import { schemaFiles } from "./schemas.js";
import {
  businessUnitPath,
  businessUnitSpec,
  environmentPath,
  environmentSpec,
  pipelinePath,
  pipelineSpec,
  repositoryPath,
  repositorySpec,
  teamPath,
  teamSpec,
  type Scope,
} from "./specs.js";
import { DEFAULT_SCOPE } from "./scope.js";

export { DEFAULT_SCOPE };

/** Written into scaffold/ templates where the pinned pipeforge version and the repository URL go. */
export const VERSION_TOKEN = "@PIPEFORGE_VERSION@";
export const REPO_URL_TOKEN = "@REPO_URL@";

export const DEFAULT_PIPELINE = { name: "hello", schedule: "0 6 * * *" } as const;

export interface InitOptions {
  readonly version: string;
  readonly repoURL?: string;
  readonly scope?: Scope;
}

export function planInit(options: InitOptions, templates: ReadonlyMap<string, string>): Map<string, string> {
  const scope = options.scope ?? DEFAULT_SCOPE;
  const pipeline = { ...scope, ...DEFAULT_PIPELINE };
  const files = new Map<string, string>([
    [repositoryPath, repositorySpec(options.repoURL)],
    [environmentPath(scope), environmentSpec(scope)],
    [businessUnitPath(scope), businessUnitSpec(scope)],
    [teamPath(scope), teamSpec(scope)],
    [pipelinePath(pipeline), pipelineSpec(pipeline)],
  ]);
  for (const [name, text] of schemaFiles()) files.set(posix.join(SCHEMA_DIR, name), text);
  for (const [path, text] of templates) {
    if (files.has(path)) throw new Error(`scaffold template ${path} collides with a generated file`);
    files.set(path, text.split(VERSION_TOKEN).join(options.version).split(REPO_URL_TOKEN).join(options.repoURL ?? PLACEHOLDER_REPO_URL));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
