// Rewrites the generated sections of README.md: `npm run docs`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readmeSections } from "../test/support/readme-sections.js";
import { replaceSection } from "../test/support/readme.js";

const file = path.resolve(import.meta.dirname, "..", "README.md");
let text = readFileSync(file, "utf8");
for (const [name, body] of readmeSections()) text = replaceSection(text, name, body);
writeFileSync(file, text);
