#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
// dist/bundle/pipeforge.cjs is the CLI bundled by `npm run build` (scripts/bundle.ts), loaded
// through the V8 code cache the build wrote for it (src/launch/code-cache.ts).
import { fileURLToPath } from "node:url";
import { requireCached } from "../dist/launch/code-cache.js";

const { main } = requireCached(fileURLToPath(new URL("../dist/bundle/pipeforge.cjs", import.meta.url)));
process.exitCode = await main(process.argv.slice(2));
