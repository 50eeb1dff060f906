// Go's path.Match, case for case from Go's own table (src/path/match_test.go),
// plus the generator-shaped patterns pipeforge emits.
import { describe, expect, it } from "vitest";
import { goPathMatch } from "../../src/apps/index.js";

const BAD = "bad";
const cases: readonly (readonly [string, string, boolean | typeof BAD])[] = [
  ["abc", "abc", true],
  ["*", "abc", true],
  ["*c", "abc", true],
  ["a*", "a", true],
  ["a*", "abc", true],
  ["a*", "ab/c", false],
  ["a*/b", "abc/b", true],
  ["a*/b", "a/c/b", false],
  ["a*b*c*d*e*/f", "axbxcxdxe/f", true],
  ["a*b*c*d*e*/f", "axbxcxdxexxx/f", true],
  ["a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false],
  ["a*b*c*d*e*/f", "axbxcxdxexxx/fff", false],
  ["a*b?c*x", "abxbbxdbxebxczzx", true],
  ["a*b?c*x", "abxbbxdbxebxczzy", false],
  ["ab[c]", "abc", true],
  ["ab[b-d]", "abc", true],
  ["ab[e-g]", "abc", false],
  ["ab[^c]", "abc", false],
  ["ab[^b-d]", "abc", false],
  ["ab[^e-g]", "abc", true],
  ["a\\*b", "a*b", true],
  ["a\\*b", "ab", false],
  ["a?b", "a☺b", true],
  ["a[^a]b", "a☺b", true],
  ["a???b", "a☺b", false],
  ["a[^a][^a][^a]b", "a☺b", false],
  ["[a-ζ]*", "α", true],
  ["*[a-ζ]", "A", false],
  ["a?b", "a/b", false],
  ["a*b", "a/b", false],
  ["[\\]a]", "]", true],
  ["[\\-]", "-", true],
  ["[x\\-]", "x", true],
  ["[x\\-]", "-", true],
  ["[x\\-]", "z", false],
  ["[\\-x]", "x", true],
  ["[\\-x]", "-", true],
  ["[\\-x]", "a", false],
  ["[]a]", "]", BAD],
  ["[-]", "-", BAD],
  ["[x-]", "x", BAD],
  ["[x-]", "-", BAD],
  ["[x-]", "z", BAD],
  ["[-x]", "x", BAD],
  ["[-x]", "-", BAD],
  ["[-x]", "a", BAD],
  ["\\", "a", BAD],
  ["[a-b-c]", "a", BAD],
  ["[", "a", BAD],
  ["[^", "a", BAD],
  ["[^bc", "a", BAD],
  ["a[", "a", BAD],
  ["a[", "ab", BAD],
  ["a[", "x", BAD],
  ["a/b[", "x", BAD],
  ["*x", "xxx", true],
  // A negated class is the one wildcard that may match '/'.
  ["a[^x]b", "a/b", true],
  // The shapes pipeforge's generators use.
  ["rendered/hml/*/*", "rendered/hml/autos/dataeng", true],
  ["rendered/hml/*/*", "rendered/hml/autos", false],
  ["rendered/hml/*/*", "rendered/hml/autos/dataeng/extra", false],
  ["rendered/hml/*/*", "rendered/_argocd/hml", false],
  ["./rendered/hml/*/*", "rendered/hml/autos/dataeng", false],
];

describe("goPathMatch (Go's path.Match)", () => {
  it.each(cases)("%s against %s → %s", (pattern, name, want) => {
    const r = goPathMatch(pattern, name);
    if (want === BAD) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, match: want });
  });
});
