// Generated README sections live between `<!-- name:start -->` and `<!-- name:end -->`.
export function section(text: string, name: string): string | undefined {
  const start = `<!-- ${name}:start -->\n`;
  const i = text.indexOf(start);
  const j = text.indexOf(`<!-- ${name}:end -->`);
  return i < 0 || j < i ? undefined : text.slice(i + start.length, j);
}

export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->\n`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README has no ${name} section`);
  return text.slice(0, i + start.length) + body + text.slice(j);
}
