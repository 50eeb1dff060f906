// Standalone validator code for the bundled schemas, generated at build time so that a process
// loads a kind's validator instead of compiling it (the Workflow schema takes ~200-400 ms to
// compile and ~60 ms to load precompiled). One CommonJS module per family (a folder of
// schemas/kinds/), so kinds that share definitions (Workflow, WorkflowTemplate…) share code;
// each exports a factory that the registry calls with its own CEL hook and formats.
// https://ajv.js.org/standalone.html
import type { PrecompiledIndex } from "../../precompiled/module.js";
import { resetPrecompiledDir, writePrecompiledIndex, writePrecompiledModule } from "../../precompiled/write.js";
import { createAjv } from "../ajv-instance.js";
import { openBundle } from "../bundle-loader.js";
import { addDependencies } from "../registry.js";
import { familyOf, familyStamp, PRECOMPILED_FORMAT } from "./stamp.js";

export function generatePrecompiled(bundleDir: string | undefined, outDir: string): PrecompiledIndex {
  const bundle = openBundle(bundleDir);
  // A file may serve several index entries (a kind shared by both Argo Workflows targets).
  const byFamily = new Map<string, string[]>();
  for (const file of new Set(bundle.index().kinds.map((k) => k.file))) byFamily.set(familyOf(file), [...(byFamily.get(familyOf(file)) ?? []), file]);
  resetPrecompiledDir(outDir);
  const families: Record<string, { module: string; kinds: string[]; stamp: string }> = {};
  for (const [family, files] of [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ajv = createAjv({ onCelRules: () => undefined, onWarning: () => undefined }, { standaloneSource: true });
    const added = new Set<string>();
    const refs: Record<string, string> = {};
    for (const file of files) {
      const schema = bundle.kindSchema(file);
      addDependencies(ajv, bundle, schema, undefined, added);
      ajv.addSchema(schema, `pipeforge:${file}`, undefined, false);
      refs[file] = `pipeforge:${file}`;
    }
    const module = `${family}.cjs`;
    writePrecompiledModule(outDir, module, ajv, refs, "src/validate/precompiled/generate.ts from schemas/");
    families[family] = { module, kinds: [...files].sort(), stamp: familyStamp(bundle, files) };
  }
  const index: PrecompiledIndex = { format: PRECOMPILED_FORMAT, families };
  writePrecompiledIndex(outDir, index);
  return index;
}
