// JUnit XML for CI test views: one <testsuite> per file (findings without a
// file go to a "repository" suite), one <testcase> per finding. Errors are
// <failure>s; warnings and infos pass and carry their text in <system-out>;
// suppressed findings are <skipped> with the exception's reason. With no
// findings there is one passing testcase, so CI shows a green test.
// Shape: the JUnit 4 XSD (kubeconform's fixtures/junit.xsd).
import { detailLines, place, type Formatter, type PlacedDiagnostic } from "./report.js";
import { renderXml, type XmlElement } from "./xml.js";

const NO_FILE = "repository";

function details({ diagnostic: d, span }: PlacedDiagnostic): string {
  const where = span ? `${span.file}:${span.start.line}:${span.start.column}: ` : "";
  return [`${where}${d.severity} ${d.code} ${d.message}`, ...detailLines(d)].join("\n");
}

function testcase(p: PlacedDiagnostic, classname: string): XmlElement {
  const d = p.diagnostic;
  const firstLine = d.message.split(/\r?\n|\r/u)[0] ?? "";
  const at = p.span ? ` ${p.span.start.line}:${p.span.start.column}` : "";
  const child: XmlElement = d.suppressed
    ? { name: "skipped", children: `suppressed: ${d.suppressed.reason}` }
    : d.severity === "error"
      ? { name: "failure", attrs: { type: d.code, message: d.message }, children: details(p) }
      : { name: "system-out", children: details(p) };
  return { name: "testcase", attrs: { name: `${d.code}${at} ${firstLine}`, classname }, children: [child] };
}

interface Suite {
  readonly name: string;
  readonly cases: XmlElement[];
  failures: number;
  skipped: number;
}

export const formatJunit: Formatter = (input) => {
  const suites = new Map<string, Suite>();
  for (const p of place(input)) {
    const name = p.span?.file ?? NO_FILE;
    let suite = suites.get(name);
    if (!suite) suites.set(name, (suite = { name, cases: [], failures: 0, skipped: 0 }));
    suite.cases.push(testcase(p, name));
    if (p.diagnostic.suppressed) suite.skipped += 1;
    else if (p.diagnostic.severity === "error") suite.failures += 1;
  }
  if (suites.size === 0) {
    suites.set("pipeforge", { name: "pipeforge", cases: [{ name: "testcase", attrs: { name: "no findings", classname: "pipeforge" } }], failures: 0, skipped: 0 });
  }
  const list = [...suites.values()];
  const count = (f: (s: Suite) => number) => list.reduce((n, s) => n + f(s), 0);
  const root: XmlElement = {
    name: "testsuites",
    attrs: { name: "pipeforge", tests: count((s) => s.cases.length), failures: count((s) => s.failures), errors: 0 },
    children: list.map((s) => ({
      name: "testsuite",
      attrs: { name: s.name, tests: s.cases.length, failures: s.failures, errors: 0, skipped: s.skipped },
      children: s.cases,
    })),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}`;
};
