// A small tree for scope, diff and end-to-end tests: in environment dev,
// team core/down runs after core/up's `source` (a cross-team trigger), and
// core/other and the whole prd environment are unrelated to both. Each file
// is written line by line so positions can be read off.
import type { Files } from "../diagnostics/repo.js";
import { lines } from "../diagnostics/repo.js";

const API = "apiVersion: pipeforge.io/v1alpha1";

export const SOURCE = "environments/dev/core/up/source.yaml";
export const SINK = "environments/dev/core/down/sink.yaml";
export const LONELY = "environments/dev/core/other/lonely.yaml";
export const PRD_SOURCE = "environments/prd/core/up/source.yaml";

const env = () => lines(API, "kind: Environment", "spec:", "  cluster: https://kubernetes.default.svc", "  defaults:", "    timezone: UTC");
const team = (owner: string) => lines(API, "kind: Team", "spec:", `  owners: [${owner}@example.com]`);
const bu = () => lines(API, "kind: BusinessUnit", "spec:", "  labels: {cost-center: cc-1}");

/** A scheduled pipeline; line 6 is the schedule. */
export const scheduled = (name: string, schedule = "0 3 * * *", extra: string[] = []) =>
  lines(API, "kind: Pipeline", "metadata:", `  name: ${name}`, "spec:", `  schedule: "${schedule}"`, ...extra, "  tasks:", "    - name: run", "      container:", "        image: alpine:3.20");

/** A triggered pipeline; line 7 is the `after:` reference. */
export const triggered = (name: string, after: string) =>
  lines(API, "kind: Pipeline", "metadata:", `  name: ${name}`, "spec:", "  triggers:", `    - after: ${after}`, "  tasks:", "    - name: run", "      container:", "        image: alpine:3.20");

export const TREE: Files = {
  "pipeforge.yaml": lines(API, "kind: Repository", "spec:", "  repoURL: https://git.example.com/data/pipelines.git"),
  "environments/dev/environment.yaml": env(),
  "environments/dev/core/businessunit.yaml": bu(),
  "environments/dev/core/up/team.yaml": team("up"),
  [SOURCE]: scheduled("source", "0 3 * * *", ["  notify: [Succeeded]"]),
  "environments/dev/core/down/team.yaml": team("down"),
  [SINK]: triggered("sink", "up/source"),
  "environments/dev/core/other/team.yaml": team("other"),
  [LONELY]: scheduled("lonely"),
  "environments/prd/environment.yaml": env(),
  "environments/prd/core/businessunit.yaml": bu(),
  "environments/prd/core/up/team.yaml": team("up"),
  [PRD_SOURCE]: scheduled("source"),
};

/** TREE with `files` added or replaced and `remove` taken out. */
export function tree(files: Files = {}, remove: readonly string[] = []): Files {
  const out: Record<string, string | Uint8Array> = { ...TREE, ...files };
  for (const p of remove) delete out[p];
  return out;
}
