// GitHub workflow commands: one line per finding, the right command and
// properties, and escaping that the runner reads back as the original text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diag, type Diagnostic } from "../../src/diagnostics/index.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/report/github.js";
import { showControls } from "../../src/report/report.js";
import { emptyInput, fixedInput, hostileInput, hostileText } from "./inputs.js";

/** The runner's reading of a `::command k=v,...::data` line (actions/runner ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  if (!line.startsWith("::")) return undefined;
  const end = line.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(" ");
  const properties: Record<string, string> = {};
  const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  for (const pair of space < 0 ? [] : info.slice(space + 1).split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: space < 0 ? info : info.slice(0, space), properties, data: unescape(line.slice(end + 2)) };
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("github annotations", () => {
  it("writes nothing when there are no findings", () => {
    expect(formatGithub(emptyInput())).toBe("");
  });

  it("gives each finding one command with file, positions and a title of code and name", () => {
    const parsed = lines(formatGithub(fixedInput())).map(parseCommand);
    expect(parsed.map((p) => p?.command)).toEqual(["error", "error", "error", "notice", "notice"]);
    expect(parsed[1]).toEqual({
      command: "error",
      properties: { file: "environments/hml/autos/ml/daily.yaml", line: "5", col: "13", endLine: "5", endColumn: "25", title: "SEM008 invalid-cron" },
      data: 'invalid cron schedule "61 * * * *": minute 61 is out of range\nhint: Minutes run from 0 to 59.',
    });
    expect(parsed[0]).toEqual({ command: "error", properties: { title: "OUT001 stale-output" }, data: expect.stringMatching(/^rendered\/.* is out of date\nhint: /) });
    expect(parsed[4]?.properties.title).toBe("SEM015 quota-suspicious (suppressed)");
    expect(parsed[4]?.data).toMatch(/\nsuppressed: sized for the backfill$/);
  });

  it.each([
    ["warning", "warning"],
    ["info", "notice"],
  ] as const)("a %s finding is a ::%s", (severity, command) => {
    const d = diag("SEM015", { message: "m", severity });
    expect(parseCommand(formatGithub({ diagnostics: [d], sources: new Map() }).trimEnd())?.command).toBe(command);
  });

  it("escapes as @actions/core does", () => {
    expect(escapeData("100%\r\nok: a,b")).toBe("100%25%0D%0Aok: a,b");
    expect(escapeProperty("100%\r\nok: a,b")).toBe("100%25%0D%0Aok%3A a%2Cb");
  });

  it("hostile file names and messages cannot start another command", () => {
    const out = formatGithub(hostileInput());
    expect(lines(out)).toHaveLength(3);
    const first = parseCommand(lines(out)[0]!);
    expect(first?.properties.file).toBe("environments/hml/autos/ml/dáily job, v2: ü.yaml");
    expect(first?.data.split("\n")[2]).toBe("::error file=evil::injected </failure> & <b>bold</b> 100% | a | b ]]> \"q\" 's' \\u{7}\\u{1B}[31m *x* _y_ [l](http://e) `c`");
  });

  it("any message and file name read back exactly, one line per finding", () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText(), (message, file, hint) => {
        const name = file || "f";
        const d: Diagnostic = diag("SEM008", { message, hint, location: { file: name, start: 0, end: 1 } });
        const out = formatGithub({ diagnostics: [d, diag("SEM015", { message })], sources: new Map([[name, "x: 1\n"]]) });
        expect(out.endsWith("\n")).toBe(true);
        const [a, b, ...rest] = out.slice(0, -1).split("\n");
        expect(rest).toEqual([]);
        expect(parseCommand(a!)).toEqual({
          command: "error",
          properties: { file: showControls(name), line: "1", col: "1", endLine: "1", endColumn: "2", title: "SEM008 invalid-cron" },
          data: showControls(hint ? `${message}\nhint: ${hint}` : message),
        });
        expect(parseCommand(b!)).toMatchObject({ command: "warning", data: showControls(message) });
      }),
      { numRuns: 300 },
    );
  });
});
