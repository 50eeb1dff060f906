// `node dist/validate/precompiled/cli.js [outDir]`: writes the precompiled validators of the
// bundled schemas beside this file (generated/), where the registry looks for them. Meant to run
// after `tsc` in `npm run build`; dist/ is not committed, so neither is the generated code.
import { readdirSync } from "node:fs";
import { generatePrecompiled } from "./generate.js";
import { PRECOMPILED_DIR } from "./load.js";

const started = performance.now();
const out = process.argv[2] ?? PRECOMPILED_DIR;
const index = generatePrecompiled(undefined, out);
const modules = readdirSync(out).filter((name) => name.endsWith(".cjs")).length;
process.stdout.write(`precompiled ${Object.keys(index.kinds).length} validators in ${modules} modules to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
