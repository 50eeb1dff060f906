import { closest } from "../util/suggest.js";

export type TimeZoneCheck = { ok: true } | { ok: false; reason: string; suggestion?: string };

// Argo validates CronWorkflow `timezone` with Go's time.LoadLocation, which
// opens a file of the IANA tz database by exact, case-sensitive name. Intl is
// more lenient (any casing, ICU-only aliases such as `PST`, sometimes offsets),
// so Intl answers "does this zone exist" and the rules below answer "would Go
// find it under this spelling".

// tzdata names without a slash (zones plus `backward` links). Intl accepts more
// slash-free names (ICU's Java-era `PST`, `IST`, `JST`...) that Go does not.
const IANA_WITHOUT_SLASH: readonly string[] = [
  "CET", "CST6CDT", "Cuba", "EET", "EST", "EST5EDT", "Egypt", "Eire", "GB", "GB-Eire", "GMT", "GMT+0",
  "GMT-0", "GMT0", "Greenwich", "HST", "Hongkong", "Iceland", "Iran", "Israel", "Jamaica", "Japan",
  "Kwajalein", "Libya", "MET", "MST", "MST7MDT", "NZ", "NZ-CHAT", "Navajo", "PRC", "PST8PDT", "Poland",
  "Portugal", "ROC", "ROK", "Singapore", "Turkey", "UCT", "UTC", "Universal", "W-SU", "WET", "Zulu",
];

const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
// Every segment of a tzdata name starts with a capital (`America/Port-au-Prince`,
// `Etc/GMT+3`); no segment is a long all-capitals word. Used only for names that
// Intl knows but does not list (backward links like `US/Eastern`, `Asia/Kolkata`).
const SEGMENT_CASING = /^[A-Z][A-Za-z0-9+_-]*$/;
const SHOUTED = /^[A-Z]{4,}$/;

let knownNames: readonly string[] | undefined;
let listedNames: ReadonlySet<string> | undefined;

/** The zones Intl lists (canonical tzdata names, which Go loads as spelled). */
function listed(): ReadonlySet<string> {
  listedNames ??= new Set(Intl.supportedValuesOf("timeZone"));
  return listedNames;
}

// Built on first use: Intl.supportedValuesOf is not free and nothing heavy runs at import.
function known(): readonly string[] {
  knownNames ??= [...new Set([...Intl.supportedValuesOf("timeZone"), ...IANA_WITHOUT_SLASH])].sort();
  return knownNames;
}

// Creating a DateTimeFormat costs ~30 µs; a repository names a handful of zones thousands of times.
const zoneCache = new Map<string, string | undefined>();

function intlZone(name: string): string | undefined {
  if (zoneCache.has(name)) return zoneCache.get(name);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = undefined; // RangeError: not a zone Intl knows
  }
  zoneCache.set(name, zone);
  return zone;
}

function titleCase(name: string): string {
  return name
    .split("/")
    .map((segment) => segment.replace(/(^|[_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()))
    .join("/");
}

function withSuggestion(reason: string, suggestion: string | undefined): TimeZoneCheck {
  return suggestion === undefined ? { ok: false, reason } : { ok: false, reason, suggestion };
}

/** Whether `name` is an IANA zone that Argo (Go's time.LoadLocation) will load as spelled. */
export function checkTimeZone(name: string): TimeZoneCheck {
  if (name === "") return { ok: false, reason: "empty time zone" };
  if (/\s/.test(name)) return { ok: false, reason: "time zone must not contain whitespace" };
  if (name === "Local") {
    return { ok: false, reason: '"Local" means the controller\'s own zone; name an IANA zone', suggestion: "UTC" };
  }
  // Listed before the offset rule: GMT+0 and GMT-0 are real tzdata names.
  if (IANA_WITHOUT_SLASH.includes(name)) return { ok: true };
  const offset = OFFSET.exec(name);
  if (offset !== null) {
    // Etc/GMT signs are inverted by POSIX convention: UTC+3 is Etc/GMT-3.
    const wholeHours = (offset[3] ?? "00") === "00" && Number(offset[2]) <= 14;
    const sign = offset[1] === "+" ? "-" : "+";
    const suggestion = wholeHours ? (Number(offset[2]) === 0 ? "UTC" : `Etc/GMT${sign}${Number(offset[2])}`) : undefined;
    return withSuggestion("UTC offsets are not time zone names; Argo needs an IANA name", suggestion);
  }

  // A zone Intl lists resolves to itself (test/units/timezone.test.ts checks every one), so it is
  // taken without a DateTimeFormat: the first one a process makes loads ICU's data, about 20 ms.
  if (listed().has(name)) return { ok: true };
  const names = known();
  const resolved = intlZone(name);
  if (resolved === undefined) {
    return withSuggestion(`unknown time zone "${name}"`, suggestFor(name, names));
  }
  if (names.includes(name)) return { ok: true };

  const sameLetters = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (sameLetters !== undefined) {
    return { ok: false, reason: `time zone names are case-sensitive in Argo; "${name}" is spelled differently`, suggestion: sameLetters };
  }
  if (!name.includes("/")) {
    return { ok: false, reason: `"${name}" is an ICU alias, not an IANA tz database name`, suggestion: resolved };
  }
  const segments = name.split("/");
  if (segments.every((segment) => SEGMENT_CASING.test(segment) && !SHOUTED.test(segment))) return { ok: true };
  return {
    ok: false,
    reason: `time zone names are case-sensitive in Argo; "${name}" does not look like the IANA spelling`,
    suggestion: recase(name, names) ?? resolved,
  };
}

// `asia/kolkata` → `Asia/Kolkata`, trusted only under a geographic area, where
// words are capitalised; elsewhere (`US/Eastern`, `Etc/GMT+3`) capitals vary,
// so the caller falls back to Intl's canonical name.
function recase(name: string, names: readonly string[]): string | undefined {
  const recased = titleCase(name.toLowerCase());
  const area = recased.split("/")[0] ?? "";
  const geographic = area !== "Etc" && names.some((candidate) => candidate.startsWith(`${area}/`));
  return geographic && intlZone(recased) !== undefined ? recased : undefined;
}

function suggestFor(name: string, names: readonly string[]): string | undefined {
  // `Sao_Paulo` alone: match the last segment of a full name.
  if (!name.includes("/")) {
    const bySegment = names.find((candidate) => candidate.toLowerCase().endsWith(`/${name.toLowerCase()}`));
    if (bySegment !== undefined) return bySegment;
  }
  return closest(name, names);
}
