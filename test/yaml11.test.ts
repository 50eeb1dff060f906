// Emitted YAML is read by YAML 1.1 tooling (kubectl, Argo CD's Go parser):
// every string must read back as the same string there.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { serializeManifest } from "../src/emit/index.js";
import { compileFiles, sampleFiles } from "./support/repo.js";

const AMBIGUOUS = ["yes", "no", "on", "off", "y", "n", "Y", "N", "True", "NO", "~", "null", "0777", "0x1F", "1_000", "1:30", "2024-01-01", ".5", "+12", "12e3", ".inf", ".NaN", "=", "<<"];
// As a key, `<<` is YAML 1.1's merge key; Kubernetes keys (labels, env, conf) cannot hold it, so it is tested as a value only.
const VALUE_ONLY = new Set(["<<"]);

describe("YAML 1.1 readers", () => {
  it.each(AMBIGUOUS)("read %j back as a string", (value) => {
    const data = VALUE_ONLY.has(value) ? { key: value, list: [value] } : { [value]: value, list: [value] };
    const text = serializeManifest({ data });
    expect(parse(text, { version: "1.1" })).toEqual({ data });
    expect(parse(text, { version: "1.2" })).toEqual({ data });
  });

  it("read every rendered sample manifest as the same data", async () => {
    const result = await compileFiles(sampleFiles());
    for (const m of result.manifests) {
      expect(parse(serializeManifest(m.value), { version: "1.1" })).toEqual(m.value);
    }
  });
});
