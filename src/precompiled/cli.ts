// `node dist/precompiled/cli.js [outDir]`: writes the precompiled validators of pipeforge's own
// schemas (spec kinds, Policy, built-in rule parameters) beside this file (generated/), where
// schema-set.ts looks for them. Meant to run after `tsc` in `npm run build`; dist/ is not
// committed, so neither is the generated code.
import { policySchemaSet } from "../policy/schema-errors.js";
import { specSchemaSet } from "../spec/validate-spec.js";
import { generateSchemaSets } from "./generate.js";
import { SCHEMA_SET_DIR } from "./schema-set.js";

const started = performance.now();
const out = process.argv[2] ?? SCHEMA_SET_DIR;
const index = generateSchemaSets([specSchemaSet, policySchemaSet], out);
const schemas = Object.values(index.families).reduce((n, f) => n + f.kinds.length, 0);
process.stdout.write(`precompiled ${schemas} validators of pipeforge's own schemas in ${Object.keys(index.families).length} modules to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
