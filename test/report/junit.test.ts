// JUnit: well-formed XML 1.0 whatever the findings say, shaped as the JUnit 4
// XSD requires, errors as failures, a green testcase when there is nothing.
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { diag, type Diagnostic } from "../../src/diagnostics/index.js";
import { formatJunit } from "../../src/report/junit.js";
import { allInputs, emptyInput, fixedInput, hostileInput, hostileText } from "./inputs.js";
import { junitXsdProblems } from "./junit-xsd.js";
import { wellFormedProblems } from "./xml-check.js";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", htmlEntities: true, trimValues: false, parseTagValue: false, parseAttributeValue: false, isArray: (name) => ["testsuite", "testcase"].includes(name) });
interface Case { name: string; classname: string; failure?: { type: string; message: string; "#text": string }; "system-out"?: string; skipped?: string }
interface Suite { name: string; tests: string; failures: string; skipped: string; testcase: Case[] }
const parse = (xml: string) => (parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: Suite[] } }).testsuites;

describe("junit", async () => {
  const inputs = await allInputs();

  it.each(inputs)("%s findings are well-formed XML", (_name, input) => {
    expect(wellFormedProblems(formatJunit(input))).toEqual([]);
  });

  it.each(inputs)("%s findings follow the JUnit XSD (required attributes, children and their order)", (_name, input) => {
    expect(junitXsdProblems(formatJunit(input))).toEqual([]);
  });

  it("has one suite per file, the file-less findings in a 'repository' suite, with counts", () => {
    const root = parse(formatJunit(fixedInput()));
    expect(root).toMatchObject({ tests: "5", failures: "3" });
    expect(root.testsuite.map((s) => [s.name, s.tests, s.failures, s.skipped])).toEqual([
      ["repository", "1", "1", "0"],
      ["environments/hml/autos/ml/daily.yaml", "3", "2", "0"],
      ["environments/hml/autos/ml/team.yaml", "1", "0", "1"],
    ]);
  });

  it("errors are failures, infos pass with their text, suppressed findings are skipped with the reason", () => {
    const [, daily, team] = parse(formatJunit(fixedInput())).testsuite;
    const [cron, , info] = daily!.testcase;
    expect(cron).toMatchObject({ name: 'SEM008 5:13 invalid cron schedule "61 * * * *": minute 61 is out of range', classname: "environments/hml/autos/ml/daily.yaml" });
    expect(cron!.failure).toMatchObject({ type: "SEM008", message: 'invalid cron schedule "61 * * * *": minute 61 is out of range' });
    expect(cron!.failure!["#text"]).toMatch(/^environments\/hml\/autos\/ml\/daily\.yaml:5:13: error SEM008 .*\nhint: Minutes run from 0 to 59\.$/);
    expect(info).not.toHaveProperty("failure");
    expect(info!["system-out"]).toMatch(/LAYOUT009/);
    expect(team!.testcase[0]).toMatchObject({ skipped: "suppressed: sized for the backfill" });
    expect(team!.testcase[0]).not.toHaveProperty("failure");
  });

  it("with no findings has one passing testcase", () => {
    const root = parse(formatJunit(emptyInput()));
    expect(root).toMatchObject({ tests: "1", failures: "0" });
    expect(root.testsuite[0]!.testcase).toEqual([{ name: "no findings", classname: "pipeforge" }]);
  });

  it("hostile messages survive: markup stays text, line breaks are kept, control characters are shown", () => {
    const [suite] = parse(formatJunit(hostileInput())).testsuite;
    expect(suite!.name).toBe("environments/hml/autos/ml/dáily job, v2: ü.yaml");
    const message = suite!.testcase[0]!.failure!.message;
    expect(message).toBe("line one\nline two\r\n::error file=evil::injected </failure> & <b>bold</b> 100% | a | b ]]> \"q\" 's' \\u{7}\\u{1B}[31m *x* _y_ [l](http://e) `c`");
    expect(suite!.testcase[1]!.failure!.message).toBe("name 名前 is not valid: 😀 \\u{D800} lone surrogate");
  });

  it("any message and file name give well-formed XML that reads back as the message", () => {
    // Text without the characters XML cannot carry comes back exactly.
    const text = hostileText();
    fc.assert(
      fc.property(text, text, text, (message, file, reason) => {
        const source = "x: 1\n";
        const d: Diagnostic = diag("SEM008", { message, hint: reason, location: { file: file || "f", start: 0, end: 1 } });
        const suppressed: Diagnostic = { ...diag("SEM015", { message }), suppressed: { reason } };
        const xml = formatJunit({ diagnostics: [d, suppressed], sources: new Map([[file || "f", source]]) });
        expect(wellFormedProblems(xml)).toEqual([]);
        expect(junitXsdProblems(xml)).toEqual([]);
        // A conforming parser turns a raw line break or tab in an attribute into a space.
        expect(xml).not.toMatch(/="[^"]*[\n\r\t]/u);
        const xmlSafe = /^[\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
        if (xmlSafe.test(message)) expect(parse(xml).testsuite.find((s) => s.name !== "repository")?.testcase[0]?.failure?.message).toBe(message);
      }),
      { numRuns: 300 },
    );
  });
});
