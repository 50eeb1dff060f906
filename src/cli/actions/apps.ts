// pipeforge apps: the Applications Argo CD would generate from the emitted
// ApplicationSets, expanded offline (src/apps), with their names, projects,
// paths and namespaces checked. Text: the table on stdout, findings on
// stderr. JSON: one document on stdout with both.
import path from "node:path";
import { appsFormatNames, appsFormats, filterPreview, isAppsFormatName, generatorGlobs, previewApplications, type AppsPreview } from "../../apps/index.js";
import { compile } from "../../compile.js";
import { sortDiagnostics, type Diagnostic } from "../../diagnostics/index.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { EXIT, exitFor, parseSeverity, UsageError } from "../exit.js";
import { useColor, type Io } from "../io.js";
import { checkEnvOption } from "../scope.js";

export interface AppsOptions {
  readonly root?: string;
  readonly env?: string[];
  readonly format: string;
  readonly failOn: string;
}

const EMPTY: AppsPreview = { mode: "rendered", directories: { from: "planned-output", root: "", count: 0 }, applicationSets: [], applications: [], findings: [] };

export async function runApps(io: Io, options: AppsOptions): Promise<number> {
  const failOn = parseSeverity(options.failOn);
  if (!isAppsFormatName(options.format)) throw new UsageError(`--format must be one of ${appsFormatNames.join(", ")}`);
  const format = appsFormats[options.format];
  const root = path.resolve(io.cwd, options.root ?? ".");
  const host = createNodeHost(root);
  const result = await compile(host);
  checkEnvOption(options.env, result.tree);
  const emit = (preview: AppsPreview, diagnostics: readonly Diagnostic[]) => {
    const report = { diagnostics, sources: result.sources, color: useColor(io) };
    if (format.findingsInside) return io.stdout(format.render(preview, { ...report, color: false }));
    io.stdout(format.render(preview, report));
    if (diagnostics.length > 0) io.stderr(formatReport("text", report));
  };
  if (result.failed) {
    // Partial manifests would give a misleading preview: report why there is none.
    if (format.findingsInside) emit({ ...EMPTY, mode: result.tree.repository.spec.mode }, result.diagnostics);
    else io.stderr(formatReport("text", { diagnostics: result.diagnostics, sources: result.sources, color: useColor(io) }));
    io.stderr("apps: the repository has errors; fix them to preview its Applications\n");
    return EXIT.findings;
  }
  const appSets = result.manifests.filter((m) => m.kind === "ApplicationSet").map((m) => m.value);
  const repositoryFiles = result.tree.repository.spec.mode === "plugin" ? await host.glob(generatorGlobs(appSets)) : undefined;
  const preview = filterPreview(previewApplications({ manifests: result.manifests, resolved: result.resolved, repositoryFiles }), options.env ?? []);
  const diagnostics = sortDiagnostics([...result.diagnostics, ...preview.findings.map((f) => f.diagnostic)]);
  emit(preview, diagnostics);
  return exitFor(diagnostics, failOn);
}
