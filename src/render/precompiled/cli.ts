// `node dist/render/precompiled/cli.js [outDir]`: precompiles the bundled templates beside this
// file (generated/), where load.ts looks for them. Meant to run after `tsc` in `npm run build`;
// dist/ is not committed, so neither is the generated code.
import { generateTemplates } from "./generate.js";
import { TEMPLATES_DIR } from "./load.js";

const started = performance.now();
const out = process.argv[2] ?? TEMPLATES_DIR;
const names = generateTemplates(out);
process.stdout.write(`precompiled ${names.length} templates to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
