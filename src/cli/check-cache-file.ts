// Where the short runs (`generate`, scoped `validate`) keep the manifests their schema checks
// found clean (validate/check-cache.ts): pipeforge's cache folder (cache-folder.ts), one file per
// group under checks/. The entries are named by content, not by where the repository is checked
// out: the Argo CD plugin renders each request in a fresh folder, and the entries still match.
// They belong to one pipeforge build, named by the id `npm run build` writes (scripts/bundle.ts);
// without one (running from src/), nothing is kept.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openCheckCache, type StoredCheckCache } from "../validate/check-cache.js";
import { cacheFileName, cacheFolder, readCacheFile, writeCacheFile } from "./cache-folder.js";

/** The build's identity: a hash of the CLI bundle, the schemas and the precompiled validators. */
export const BUILD_ID_FILE = fileURLToPath(new URL("../bundle/build-id", import.meta.url));

export function openCheckCacheFiles(env: Readonly<Record<string, string | undefined>>, buildIdFile: string = BUILD_ID_FILE): StoredCheckCache | undefined {
  const folder = cacheFolder(env);
  const build = readCacheFile(buildIdFile)?.trim();
  if (folder === undefined || !build) return undefined;
  const file = (group: string) => path.join(folder, "checks", cacheFileName("", group));
  return openCheckCache({ read: (group) => readCacheFile(file(group)), write: (group, text) => writeCacheFile(file(group), text) }, build);
}
