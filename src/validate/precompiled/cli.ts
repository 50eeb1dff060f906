// `node dist/validate/precompiled/cli.js [outDir]`: writes the precompiled validators of the
// bundled schemas beside this file (generated/), where the registry looks for them. Meant to run
// after `tsc` in `npm run build`; dist/ is not committed, so neither is the generated code.
import { generatePrecompiled } from "./generate.js";
import { PRECOMPILED_DIR } from "./load.js";

const started = performance.now();
const out = process.argv[2] ?? PRECOMPILED_DIR;
const index = generatePrecompiled(undefined, out);
const kinds = Object.values(index.families).reduce((n, f) => n + f.kinds.length, 0);
process.stdout.write(`precompiled ${kinds} validators in ${Object.keys(index.families).length} modules to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
