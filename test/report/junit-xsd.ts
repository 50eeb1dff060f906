// The JUnit 4 XSD (shared/upstream/junit/junit.xsd, as kubeconform uses it)
// read into per-element rules: which attributes exist and are required,
// which children may appear in which order and how often. No XSD validator
// is installed; this covers every construct that XSD uses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { REPO_ROOT } from "../support/repo.js";

export const JUNIT_XSD_PATH = path.resolve(REPO_ROOT, "../shared/upstream/junit/junit.xsd");

interface ChildRule { readonly name: string; readonly min: number; readonly max: number }
interface ElementRule { readonly attributes: Map<string, boolean>; readonly children: ChildRule[]; readonly textOnly: boolean; readonly mixed: boolean }
type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, trimValues: false, parseTagValue: false, parseAttributeValue: false });
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ":@") ?? "";
const kids = (n: Node) => (n[tagOf(n)] as Node[] | undefined) ?? [];

export function loadJunitXsd(): Map<string, ElementRule> {
  const doc = parser.parse(readFileSync(JUNIT_XSD_PATH, "utf8")) as Node[];
  const schema = doc.find((n) => tagOf(n) === "xs:schema");
  const rules = new Map<string, ElementRule>();
  for (const el of kids(schema ?? {}).filter((n) => tagOf(n) === "xs:element")) {
    const attributes = new Map<string, boolean>();
    const children: ChildRule[] = [];
    const type = kids(el).find((n) => tagOf(n) === "xs:complexType");
    for (const part of type ? kids(type) : []) {
      if (tagOf(part) === "xs:attribute") attributes.set(part[":@"]?.name ?? "", part[":@"]?.use === "required");
      if (tagOf(part) === "xs:sequence") {
        for (const c of kids(part).filter((n) => tagOf(n) === "xs:element")) {
          const a = c[":@"] ?? {};
          children.push({ name: a.ref ?? "", min: Number(a.minOccurs ?? 1), max: a.maxOccurs === "unbounded" ? Infinity : Number(a.maxOccurs ?? 1) });
        }
      }
    }
    rules.set(el[":@"]?.name ?? "", { attributes, children, textOnly: !type && el[":@"]?.type === "xs:string", mixed: type?.[":@"]?.mixed === "true" });
  }
  return rules;
}

/** Where `xml` (rooted at <testsuites>) breaks the XSD's rules; empty when it follows them. */
export function junitXsdProblems(xml: string, rules = loadJunitXsd()): string[] {
  const problems: string[] = [];
  const check = (node: Node, where: string) => {
    const name = tagOf(node);
    const rule = rules.get(name);
    if (!rule) return void problems.push(`${where}: <${name}> is not declared`);
    const attrs = node[":@"] ?? {};
    for (const a of Object.keys(attrs)) if (!rule.attributes.has(a)) problems.push(`${where}: undeclared attribute ${a}`);
    for (const [a, required] of rule.attributes) if (required && !(a in attrs)) problems.push(`${where}: missing required attribute ${a}`);
    const elements = kids(node).filter((n) => tagOf(n) !== "#text");
    if (rule.textOnly && elements.length > 0) problems.push(`${where}: <${name}> holds only text`);
    const hasText = kids(node).some((n) => tagOf(n) === "#text" && String(n["#text"]).trim() !== "");
    if (!rule.textOnly && !rule.mixed && hasText) problems.push(`${where}: text inside <${name}>`);
    let at = 0;
    const counts = new Map<string, number>();
    for (const [i, child] of elements.entries()) {
      const c = tagOf(child);
      const pos = rule.children.findIndex((r, j) => j >= at && r.name === c);
      if (pos < 0) problems.push(`${where}: <${c}> not allowed here in <${name}>`);
      else at = pos;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      check(child, `${where}/${c}[${i}]`);
    }
    for (const r of rule.children) {
      const n = counts.get(r.name) ?? 0;
      if (n < r.min || n > r.max) problems.push(`${where}: ${n} <${r.name}> in <${name}>, allowed ${r.min}..${r.max}`);
    }
  };
  const roots = (parser.parse(xml) as Node[]).filter((n) => tagOf(n) !== "?xml");
  if (roots.length !== 1 || tagOf(roots[0]!) !== "testsuites") problems.push("the root element is not one <testsuites>");
  for (const root of roots) check(root, tagOf(root));
  return problems;
}
