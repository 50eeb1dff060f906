#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
// dist/bundle/ is the CLI bundled by `npm run build` (scripts/bundle.ts): one file per command
// chunk starts faster than Node resolving every module of dist/.
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2));
