// Rewrites the generated sections of README.md: `npm run docs`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { codeTableMarkdown } from "../src/diagnostics/index.js";
import { replaceSection } from "../test/support/readme.js";

const file = path.resolve(import.meta.dirname, "..", "README.md");
writeFileSync(file, replaceSection(readFileSync(file, "utf8"), "codes", codeTableMarkdown()));
