#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
// CommonJS (bin/package.json says so): dist/launch/launch.cjs, built from src/launch/launch.ts by
// `npm run build` (scripts/bundle.ts), loads the bundled CLI (dist/bundle/pipeforge.cjs) through
// the V8 code cache the build wrote for it (src/launch/code-cache.ts). Nothing on the way is an
// ES module, so Node's ES module loader never runs.
"use strict";
require("../dist/launch/launch.cjs").launch(process.argv.slice(2));
