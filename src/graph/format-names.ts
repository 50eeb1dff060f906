// The names of `pipeforge graph`'s formats, for option parsing and help without loading the renderers
// (the registry holds one renderer per name; the compiler checks that the two agree).
export const graphFormatNames = ["mermaid", "markdown", "dot"] as const;

export type GraphFormatName = (typeof graphFormatNames)[number];

export function isGraphFormatName(name: string): name is GraphFormatName {
  return (graphFormatNames as readonly string[]).includes(name);
}
