// Minimal XML 1.0 writing for the JUnit report: escaping that keeps the
// document well-formed whatever a message or file name contains.

// Characters XML 1.0 does not allow (C0 controls, lone surrogates,
// U+FFFE/U+FFFF) or discourages (DEL and C1 controls): written as a visible
// `\u{..}` instead.
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function visible(text: string): string {
  return text.replace(NOT_XML, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/** Character data: `]]>` cannot occur because every `>` is escaped; `\r` survives end-of-line normalisation. */
export function xmlText(text: string): string {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes; whitespace as references so attribute normalisation keeps it. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

export interface XmlElement {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string | number>>;
  /** Child elements, or character data. */
  readonly children?: readonly XmlElement[] | string;
}

export function renderXml(element: XmlElement, indent = ""): string {
  const attrs = Object.entries(element.attrs ?? {}).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join("");
  const open = `${indent}<${element.name}${attrs}`;
  const children = element.children;
  if (children === undefined || children.length === 0) return `${open}/>\n`;
  if (typeof children === "string") return `${open}>${xmlText(children)}</${element.name}>\n`;
  return `${open}>\n${children.map((c) => renderXml(c, `${indent}  `)).join("")}${indent}</${element.name}>\n`;
}
