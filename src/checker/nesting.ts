// Collections nested deeper than any manifest needs are refused before the `yaml` package
// composes them: its composer and toJS recurse, and where they run out of stack depends on how
// much stack is left, so the finding (even the outcome) would change from run to run. The CST
// parser is iterative, so the depth is measured on its tokens, without recursion.
import { Parser, type CST } from "yaml";

/** Far beyond real manifests (tens of levels); well within what the `yaml` package composes. */
export const MAX_NESTING = 500;

/** Cheap test first: only text with deep indentation or many brackets can nest this deep. */
function mightBeDeep(text: string): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
  }
  return brackets > MAX_NESTING || new RegExp(`^ {${MAX_NESTING},}`, "m").test(text);
}

/** The offset of the first collection nested deeper than MAX_NESTING, or undefined. */
export function tooDeep(text: string): number | undefined {
  if (!mightBeDeep(text)) return undefined;
  const stack: Array<[CST.Token | undefined, number]> = [...new Parser().parse(text)].map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | undefined, number];
    if (!token) continue;
    if (token.type === "document") stack.push([token.value, depth]);
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_NESTING) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push([item.key ?? undefined, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
