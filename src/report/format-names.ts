// The names of the finding formats, for option parsing and help without loading the formatters
// (formats.ts holds one formatter per name; the compiler checks that the two agree).
export const findingFormatNames = ["text", "json", "sarif", "junit", "github", "markdown"] as const;

export type FindingFormat = (typeof findingFormatNames)[number];

export function isFindingFormat(name: string): name is FindingFormat {
  return (findingFormatNames as readonly string[]).includes(name);
}
