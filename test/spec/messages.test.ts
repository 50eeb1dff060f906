// SPEC001 messages name the value the spec holds, including the numbers JSON cannot write.
import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/index.js";
import { validateSpecDocument } from "../../src/spec/index.js";

const pipeline = (concurrency: string, timeout: string) =>
  ["apiVersion: pipeforge.io/v1alpha1", "kind: Pipeline", "spec:", `  concurrency: ${concurrency}`, `  timeout: ${timeout}`, "  tasks:", "    - name: hello", "      container: {image: busybox}"].join("\n");

const messages = (text: string) => validateSpecDocument(parseYamlFile("p.yaml", text).documents[0]!, "Pipeline").map((d) => [d.code, d.message, d.hint]);

describe("SPEC001 messages", () => {
  it.each([
    [".inf", "spec.timeout must be string, not number .inf", 'Quote the value: ".inf".'],
    ["-.inf", "spec.timeout must be string, not number -.inf", 'Quote the value: "-.inf".'],
    [".nan", "spec.timeout must be string, not number .nan", 'Quote the value: ".nan".'],
    ["30", "spec.timeout must be string, not number 30", 'Quote the value: "30".'],
  ])("timeout: %s", (written, message, hint) => {
    expect(messages(pipeline("Allow", written))).toContainEqual(["SPEC001", message, hint]);
  });

  it("an enum given .inf says .inf", () => {
    expect(messages(pipeline(".inf", '"1h"')).map(([, m]) => m)).toContainEqual(expect.stringMatching(/^spec\.concurrency must be one of .*, not \.inf$/));
  });
});
