// Argo CD's directory parameters and SanitizeName.
import { describe, expect, it } from "vitest";
import { directoryParams, sanitizeName } from "../../src/apps/index.js";

describe("sanitizeName (Argo CD utils.SanitizeName)", () => {
  it.each([
    ["dataeng", "dataeng"],
    ["Data_Eng", "data-eng"],
    ["-.team.-", "team"],
    ["a b/c", "a-b-c"],
    ["équipe", "quipe"],
    ["x".repeat(300), "x".repeat(253)],
  ])("%s → %s", (input, want) => {
    expect(sanitizeName(input)).toBe(want);
  });
});

describe("directoryParams", () => {
  it("gives path, basename, basenameNormalized and segments", () => {
    expect(directoryParams("rendered/hml/Autos_X")).toEqual({
      path: { path: "rendered/hml/Autos_X", basename: "Autos_X", basenameNormalized: "autos-x", segments: ["rendered", "hml", "Autos_X"] },
    });
  });
});
