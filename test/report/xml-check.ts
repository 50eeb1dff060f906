// Well-formedness checks for the XML the JUnit format writes. fast-xml-parser's
// XMLValidator checks nesting and tag syntax but lets through characters XML
// 1.0 forbids, a raw `<` in an attribute, `]]>` in text and bad references,
// so those are checked lexically here, on top of it.
import { XMLValidator } from "fast-xml-parser";

const CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = "[A-Za-z_:][A-Za-z0-9_.:-]*";
const TAG = new RegExp(`^<(/${NAME}\\s*|${NAME}(\\s+${NAME}="[^"<]*")*\\s*/?)>$`, "u");
const REFERENCE = /&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][A-Za-z0-9_.-]*);|&/gu;
const PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);

function referenceProblems(text: string, where: string): string[] {
  const out: string[] = [];
  for (const [all, ref] of text.matchAll(REFERENCE)) {
    if (ref === undefined) out.push(`bare & in ${where}`);
    else if (ref.startsWith("#")) {
      const code = ref.startsWith("#x") ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0x10ffff || !CHARS.test(String.fromCodePoint(code))) out.push(`${all} in ${where} is not an XML 1.0 character`);
    } else if (!PREDEFINED.has(ref)) out.push(`undeclared entity ${all} in ${where}`);
  }
  return out;
}

/** Problems that make `xml` not well-formed XML 1.0; empty when it is. */
export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) problems.push(`${verdict.err.code} ${verdict.err.msg} at ${verdict.err.line}:${verdict.err.col}`);
  if (!CHARS.test(xml)) problems.push("a character outside XML 1.0's Char production");
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) problems.push("no XML declaration");
  const body = xml.slice(xml.indexOf("?>") + 2);
  for (const token of body.split(/(<[^>]*>)/u)) {
    if (token.startsWith("<")) {
      if (!TAG.test(token)) problems.push(`malformed tag ${JSON.stringify(token.slice(0, 80))}`);
      problems.push(...referenceProblems(token, "a tag"));
    } else {
      if (token.includes("]]>")) problems.push("]]> in character data");
      problems.push(...referenceProblems(token, "character data"));
    }
  }
  return problems;
}
