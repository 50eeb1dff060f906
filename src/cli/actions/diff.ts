// pipeforge diff --base REF: the rendered-manifest diff a pull request makes,
// from its merge base with REF to the working tree, for the affected scope.
// Neither side touches the working tree: the base is read from git objects.
// A diff is not a failure: exit 0, or 1 when the working tree has errors in
// the affected scope (they go to stderr; the diff is still printed).
import path from "node:path";
import { compile } from "../../compile.js";
import { hasErrors } from "../../diagnostics/index.js";
import { diffFormatNames, diffFormats, diffManifests, isDiffFormatName } from "../../diff/index.js";
import { createNodeHost } from "../../host/index.js";
import { formatReport } from "../../report/index.js";
import { compileScoped, diagnosticFilter, emitSelection } from "../../scope/index.js";
import { EXIT, UsageError } from "../exit.js";
import type { Io } from "../io.js";
import { openBase } from "../scoped.js";

export interface DiffOptions {
  readonly root?: string;
  readonly base?: string;
  readonly format: string;
}

export async function runDiff(io: Io, options: DiffOptions): Promise<number> {
  if (options.base === undefined) throw new UsageError("diff needs --base REF: the revision the working tree is compared with");
  if (!isDiffFormatName(options.format)) throw new UsageError(`--format must be one of ${diffFormatNames.join(", ")}`);
  const format = diffFormats[options.format];
  const root = path.resolve(io.cwd, options.root ?? ".");
  const base = await openBase(root, io, options.base);
  const head = await compileScoped(createNodeHost(root), base.changes);
  // The base side is compiled for the same teams; its schema findings are not this change's.
  const before = head.result ? await compile(base.changes.before, { ...emitSelection(head.scope), schemas: false }) : undefined;
  const diff = diffManifests(before?.manifests ?? [], head.result?.manifests ?? []);
  io.stdout(format({ diff, base: base.label, head: "working tree" }));
  if (before && hasErrors(before.diagnostics.filter(diagnosticFilter(head.scope)))) {
    io.stderr(`diff: the base revision has errors in the affected scope; its side of the diff may be incomplete\n`);
  }
  if (head.diagnostics.length > 0) io.stderr(formatReport("text", { diagnostics: head.diagnostics, sources: head.result?.sources ?? new Map() }));
  return hasErrors(head.diagnostics) ? EXIT.findings : EXIT.clean;
}
