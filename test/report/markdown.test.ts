// The Markdown summary: counts, one table row per finding, and cells that no
// message can break out of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diag, type Diagnostic } from "../../src/diagnostics/index.js";
import { formatMarkdown, markdownCell, MAX_ROWS } from "../../src/report/markdown.js";
import { showControls } from "../../src/report/report.js";
import { emptyInput, fixedInput, hostileInput, hostileText } from "./inputs.js";

/** A GFM table row's cells: a pipe not preceded by a backslash separates them (cmark-gfm's table_cell). */
const cells = (row: string) => row.split(/(?<!\\)\|/u).slice(1, -1).map((c) => c.trim());
const unescapeCell = (cell: string) => cell.replace(/<br>/g, "\n").replace(/\\(.)/gu, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const findingRows = (md: string) => md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| severity") && !l.startsWith("| location") && !l.startsWith("| ---") && cells(l).length === 4);

describe("markdown summary", () => {
  it("counts findings by severity and lists each with place, severity, code and message", () => {
    const md = formatMarkdown(fixedInput());
    expect(md.split("\n")[0]).toBe("### pipeforge: 3 errors, 0 warnings, 1 info, 1 suppressed");
    expect(md).toContain("| error | 3 |\n| warning | 0 |\n| info | 1 |\n| suppressed | 1 |");
    const rows = findingRows(md).map(cells);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["", "error", "OUT001 stale-output"],
      ["environments/hml/autos/ml/daily.yaml:5:13", "error", "SEM008 invalid-cron"],
      ["environments/hml/autos/ml/daily.yaml:8:19", "error", "MAN001 manifest-schema"],
      ["environments/hml/autos/ml/daily.yaml:3:18", "info", "LAYOUT009 name-mismatch"],
      ["environments/hml/autos/ml/team.yaml:4:16", "warning (suppressed)", "SEM015 quota-suspicious"],
    ]);
  });

  it("says so when there are no findings, and ends with a blank line so summaries can be appended", () => {
    const md = formatMarkdown(emptyInput());
    expect(md).toContain("\nNo findings.\n");
    expect(md.endsWith("\n\n")).toBe(true);
    expect(formatMarkdown(fixedInput()).endsWith("|\n\n")).toBe(true);
  });

  it("escapes pipes, markup, HTML and line breaks in hostile messages", () => {
    const [first] = findingRows(formatMarkdown(hostileInput()));
    const [where, , , message] = cells(first!);
    expect(where).toBe("environments/hml/autos/ml/dáily job, v2: ü.yaml:3:13");
    expect(message).not.toMatch(/<(?!br>)|\n/u);
    expect(message).toContain("100% \\| a \\| b \\]\\]&gt;");
    expect(unescapeCell(message!)).toBe(showControls("line one\nline two\n::error file=evil::injected </failure> & <b>bold</b> 100% | a | b ]]> \"q\" 's' \u0007\u001b[31m *x* _y_ [l](http://e) `c`\nhint: hint with %0A and %25 and\nnewline"));
  });

  it("keeps every message in its own cell, whatever it holds", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const cell = markdownCell(text);
        expect(cell).not.toMatch(/[\n\r]|<(?!br>)/u);
        expect(cells(`| ${cell} | x |`)).toEqual([cell.trim(), "x"]);
        expect(unescapeCell(cell)).toBe(showControls(text).replace(/\r\n|\r|\n/g, "\n"));
      }),
      { numRuns: 500 },
    );
  });

  it(`lists at most ${MAX_ROWS} findings and says how many more there are`, () => {
    const many: Diagnostic[] = Array.from({ length: MAX_ROWS + 7 }, (_, i) => diag("SEM008", { message: `m${i}` }));
    const md = formatMarkdown({ diagnostics: many, sources: new Map() });
    expect(findingRows(md)).toHaveLength(MAX_ROWS);
    expect(md).toContain("…and 7 more");
  });
});
