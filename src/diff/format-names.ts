// The names of `pipeforge diff`'s formats, for option parsing and help without loading the renderers
// (the registry holds one renderer per name; the compiler checks that the two agree).
export const diffFormatNames = ["markdown", "text", "json"] as const;

export type DiffFormatName = (typeof diffFormatNames)[number];

export function isDiffFormatName(name: string): name is DiffFormatName {
  return (diffFormatNames as readonly string[]).includes(name);
}
