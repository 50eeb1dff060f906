// pipeforge generate: the Argo CD Config Management Plugin entry.
// Contract (https://argo-cd.readthedocs.io/en/stable/operator-manual/config-management-plugins/):
// runs in the Application's source path, usually without .git; stdout carries
// only the YAML stream; on any error exit non-zero with EMPTY stdout (a
// partial stream with prune enabled would delete live resources); never write
// into the repository.
import { compile } from "../../compile.js";
import { serializeStream } from "../../emit/index.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { openCheckCacheFiles } from "../check-cache-file.js";
import { EXIT, exitFor, parseSeverity } from "../exit.js";
import type { Io } from "../io.js";
import { findRepositoryRoot, folderScope, scopeContains } from "../scope.js";

/** Settings from the Application: plugin.env (ARGOCD_ENV_*) or parameters (ARGOCD_APP_PARAMETERS / PARAM_*). */
export function pluginSetting(env: Io["env"], name: string): string | undefined {
  const upper = name.toUpperCase().replace(/-/g, "_");
  const fromParams = (() => {
    const raw = env.ARGOCD_APP_PARAMETERS;
    if (!raw) return undefined;
    try {
      const params = JSON.parse(raw) as { name?: string; string?: string }[];
      return Array.isArray(params) ? params.find((p) => p.name === name)?.string : undefined;
    } catch {
      return undefined;
    }
  })();
  return fromParams ?? env[`PARAM_${upper}`] ?? env[`ARGOCD_ENV_PIPEFORGE_${upper}`];
}

export async function runGenerate(io: Io): Promise<number> {
  const failOn = parseSeverity(pluginSetting(io.env, "fail-on") ?? "error");
  const root = findRepositoryRoot(io.cwd);
  const scope = folderScope(root, io.cwd);
  const host = createNodeHost(root);
  const focus = scope.env === undefined ? {} : { teamFilter: (t: { env: string; bu: string; name: string }) => scopeContains(scope, t), focusEnvs: [scope.env] };
  // A commit to a monorepo renders every team again, most of them as before: their manifests' checks are kept.
  const schemaCheckCache = openCheckCacheFiles(io.env);
  const result = await compile(host, { argocd: false, schemaCheckCache, ...focus });
  schemaCheckCache?.save();
  const code = exitFor(result.diagnostics, failOn);
  if (result.diagnostics.length > 0) io.stderr(formatReport("text", { diagnostics: result.diagnostics, sources: result.sources }));
  if (code !== EXIT.clean || result.failed) return EXIT.findings;
  const sorted = [...result.manifests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  io.stdout(serializeStream(sorted.map((m) => m.value)));
  return EXIT.clean;
}
