// The Go template subset: what it evaluates, what fails as Argo CD fails, and
// what it refuses to guess.
import { describe, expect, it } from "vitest";
import { directoryParams, executeGoTemplate } from "../../src/apps/index.js";

const params = directoryParams("rendered/hml/autos/dataeng");
const strict = { missingKeyError: true };

describe("executeGoTemplate", () => {
  it.each([
    ["plain text", "no actions here", "no actions here"],
    ["segments by index", "{{index .path.segments 1}}-{{index .path.segments 2}}-{{index .path.segments 3}}", "hml-autos-dataeng"],
    ["spaces inside the braces", "{{ index .path.segments 3 }}", "dataeng"],
    ["the path", "{{.path.path}}", "rendered/hml/autos/dataeng"],
    ["basename and normalized", "{{.path.basename}}/{{.path.basenameNormalized}}", "dataeng/dataeng"],
    ["a list prints as Go's %v", "{{.path.segments}}", "[rendered hml autos dataeng]"],
    ["comments print nothing", "a{{/* note */}}b", "ab"],
    ["trim markers eat white space", "a  {{- .path.basename -}}  b", "adataengb"],
  ])("%s", (_name, template, want) => {
    expect(executeGoTemplate(template, params, strict)).toEqual({ ok: true, value: want });
  });

  it.each([
    ["a missing key with missingkey=error", "{{.path.nope}}", "error"],
    ["an index past the segments", "{{index .path.segments 4}}", "error"],
    ["an unclosed action", "{{.path.path", "error"],
    ["an empty action", "{{}}", "error"],
    ["a pipeline", "{{.path.basename | upper}}", "unsupported"],
    ["a function", "{{printf \"%s\" .path.path}}", "unsupported"],
    ["a variable", "{{$x := 1}}", "unsupported"],
    ["an if block", "{{if .path.path}}x{{end}}", "unsupported"],
    ["an index with a non-literal", "{{index .path.segments .n}}", "unsupported"],
  ])("%s fails as %s", (_name, template, kind) => {
    expect(executeGoTemplate(template, params, strict)).toMatchObject({ ok: false, kind });
  });

  it("prints <no value> for a missing key without missingkey=error", () => {
    expect(executeGoTemplate("x{{.path.nope}}", params, { missingKeyError: false })).toEqual({ ok: true, value: "x<no value>" });
  });
});
