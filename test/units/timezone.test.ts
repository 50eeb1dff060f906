import { describe, expect, it } from "vitest";
import { checkCron, checkTimeZone } from "../../src/units/index.js";

describe("checkTimeZone", () => {
  it.each([
    { name: "UTC", zone: "UTC" },
    { name: "canonical zone", zone: "America/Sao_Paulo" },
    { name: "three segments", zone: "America/Argentina/Buenos_Aires" },
    { name: "lower-case particles", zone: "Africa/Dar_es_Salaam" },
    { name: "hyphenated", zone: "America/Port-au-Prince" },
    { name: "new name Intl does not list", zone: "Asia/Kolkata" },
    { name: "old name Intl lists", zone: "Asia/Calcutta" },
    { name: "renamed zone", zone: "Europe/Kyiv" },
    { name: "backward link", zone: "US/Eastern" },
    { name: "Etc offset zone", zone: "Etc/GMT+3" },
    { name: "Etc/UTC", zone: "Etc/UTC" },
    { name: "slash-free tzdata name", zone: "EST5EDT" },
    { name: "GMT+0 is a tzdata name, not an offset", zone: "GMT+0" },
  ])("accepts $name: $zone", ({ zone }) => {
    expect(checkTimeZone(zone)).toEqual({ ok: true });
  });

  it.each([
    { name: "lower-case zone Intl accepts", zone: "america/sao_paulo", suggestion: "America/Sao_Paulo" },
    { name: "upper-case zone", zone: "AMERICA/SAO_PAULO", suggestion: "America/Sao_Paulo" },
    { name: "lower-case UTC", zone: "utc", suggestion: "UTC" },
    { name: "transposed letters", zone: "America/Sao_Pualo", suggestion: "America/Sao_Paulo" },
    { name: "missing letter", zone: "Europe/Berln", suggestion: "Europe/Berlin" },
    { name: "city without region", zone: "Sao_Paulo", suggestion: "America/Sao_Paulo" },
    { name: "positive offset", zone: "+03:00", suggestion: "Etc/GMT-3" },
    { name: "negative offset", zone: "-05:00", suggestion: "Etc/GMT+5" },
    { name: "UTC offset", zone: "UTC+2", suggestion: "Etc/GMT-2" },
    { name: "zero offset", zone: "+00:00", suggestion: "UTC" },
    { name: "ICU-only alias", zone: "PST", suggestion: "America/Los_Angeles" },
    { name: "lower-case link Intl does not list", zone: "asia/kolkata", suggestion: "Asia/Kolkata" },
    { name: "shouted link", zone: "US/EASTERN", suggestion: "America/New_York" },
    { name: "lower-case Etc zone", zone: "etc/gmt+3", suggestion: "Etc/GMT+3" },
    { name: "Local", zone: "Local", suggestion: "UTC" },
  ])("rejects $name: $zone, suggesting $suggestion", ({ zone, suggestion }) => {
    const result = checkTimeZone(zone);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestion).toBe(suggestion);
  });

  it.each([
    { name: "empty", zone: "" },
    { name: "leading space", zone: " UTC" },
    { name: "inner space", zone: "America/Sao Paulo" },
    { name: "half-hour offset", zone: "+05:30" },
    { name: "nonsense", zone: "Mars/Olympus_Mons" },
  ])("rejects $name: '$zone'", ({ zone }) => {
    expect(checkTimeZone(zone).ok).toBe(false);
  });
});

// checkTimeZone takes a zone Intl lists without making a DateTimeFormat (the first one loads ICU's
// data, about 20 ms of a short run). That relies on every listed zone resolving to itself.
describe("listed zones", () => {
  it("each resolve to themselves in Intl", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((z) => new Intl.DateTimeFormat("en-US", { timeZone: z }).resolvedOptions().timeZone !== z)).toEqual([]);
  });

  it("are accepted, and list-free schedules checked, without a DateTimeFormat", () => {
    const Real = Intl.DateTimeFormat;
    let made = 0;
    // Counts, and makes the real one (a mock would not format).
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Real;
    try {
      expect(checkTimeZone("Pacific/Chatham")).toEqual({ ok: true });
      expect(checkCron("17 3 * * 1-5")).toMatchObject({ ok: true });
      expect(made).toBe(0);
      // A name Intl does not list goes through Intl, as before.
      expect(checkTimeZone("US/Mountain")).toEqual({ ok: true });
      expect(made).toBeGreaterThan(0);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
