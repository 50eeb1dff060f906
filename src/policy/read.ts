// The Policy documents of a repository without compiling it: what `pipeforge
// explain <policy>/<rule>` needs. IO only through the Host.
import type { Host } from "../host/index.js";
import { decodeUtf8, parseYamlFile, type ParsedDocument } from "../parse/index.js";

export async function readPolicyDocuments(host: Host): Promise<ParsedDocument[]> {
  const out: ParsedDocument[] = [];
  for (const file of await host.glob(["policies/**/*.yaml", "policies/**/*.yml"])) {
    const read = await host.readFile(file);
    const text = read.ok ? decodeUtf8(read.bytes) : undefined;
    if (text === undefined) continue;
    for (const doc of parseYamlFile(file, text).documents) {
      if ((doc.value as { kind?: unknown } | undefined)?.kind === "Policy") out.push(doc);
    }
  }
  return out;
}
