// Golden files for every finding format over the shared inputs (fixed,
// hostile, empty, compiled). UPDATE_GOLDEN=1 rewrites them. Compared as the
// bytes a CLI run writes (UTF-8, lone surrogates become U+FFFD).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findingFormatNames, formats } from "../../src/report/index.js";
import { allInputs } from "./inputs.js";

const GOLDEN = path.join(import.meta.dirname, "..", "golden", "report");
const FILE: Record<string, string> = { text: "text.txt", json: "json.json", sarif: "sarif.sarif", junit: "junit.xml", github: "github.txt", markdown: "markdown.md" };

describe("report goldens", async () => {
  const inputs = await allInputs();
  const rows = inputs.flatMap(([name, input]) => findingFormatNames.map((format) => ({ name, format, input })));

  if (process.env.UPDATE_GOLDEN) {
    rmSync(GOLDEN, { recursive: true, force: true });
    for (const { name, format, input } of rows) {
      mkdirSync(path.join(GOLDEN, name), { recursive: true });
      writeFileSync(path.join(GOLDEN, name, FILE[format] ?? format), formats[format](input));
    }
  }

  it("has a golden file for every format, and no others", () => {
    for (const [name] of inputs) expect(readdirSync(path.join(GOLDEN, name)).sort()).toEqual(findingFormatNames.map((f) => FILE[f] ?? f).sort());
    expect(readdirSync(GOLDEN).sort()).toEqual(inputs.map(([n]) => n).sort());
  });

  it.each(rows)("$name findings as $format match the golden file", ({ name, format, input }) => {
    const bytes = Buffer.from(formats[format](input), "utf8");
    const golden = readFileSync(path.join(GOLDEN, name, FILE[format] ?? format));
    expect(bytes.toString("utf8")).toBe(golden.toString("utf8"));
  });

  it.each(rows)("$name findings as $format are the same on a second run", ({ format, input }) => {
    expect(formats[format](input)).toBe(formats[format](input));
  });
});
