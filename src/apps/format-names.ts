// The names of `pipeforge apps`'s formats, for option parsing and help without loading the renderers
// (the registry holds one renderer per name; the compiler checks that the two agree).
export const appsFormatNames = ["text", "json"] as const;

export type AppsFormatName = (typeof appsFormatNames)[number];

export function isAppsFormatName(name: string): name is AppsFormatName {
  return (appsFormatNames as readonly string[]).includes(name);
}
