#!/usr/bin/env node
// Thin launcher: everything lives in the library; the CLI module owns process and exit codes.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
