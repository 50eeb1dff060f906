import { describe, expect, it } from "vitest";
import { parseJvmMemory } from "../../src/units/index.js";

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe("parseJvmMemory", () => {
  it.each([
    { name: "megabytes", text: "512m", bytes: 512 * MiB, bareNumber: false },
    { name: "upper-case M", text: "512M", bytes: 512 * MiB, bareNumber: false },
    { name: "mb", text: "512mb", bytes: 512 * MiB, bareNumber: false },
    { name: "MB", text: "512MB", bytes: 512 * MiB, bareNumber: false },
    { name: "gigabytes", text: "4g", bytes: 4 * GiB, bareNumber: false },
    { name: "gb", text: "2gb", bytes: 2 * GiB, bareNumber: false },
    { name: "upper-case G", text: "2G", bytes: 2 * GiB, bareNumber: false },
    { name: "kilobytes", text: "100k", bytes: 100 * KiB, bareNumber: false },
    { name: "kb", text: "100kb", bytes: 100 * KiB, bareNumber: false },
    { name: "bytes", text: "1024b", bytes: 1024, bareNumber: false },
    { name: "terabytes", text: "1t", bytes: 1024 ** 4, bareNumber: false },
    { name: "tb", text: "1tb", bytes: 1024 ** 4, bareNumber: false },
    { name: "petabytes", text: "1p", bytes: 1024 ** 5, bareNumber: false },
    { name: "pb", text: "1pb", bytes: 1024 ** 5, bareNumber: false },
    { name: "bare number means MiB", text: "512", bytes: 512 * MiB, bareNumber: true },
    { name: "zero", text: "0m", bytes: 0, bareNumber: false },
  ])("accepts $name: $text", ({ text, bytes, bareNumber }) => {
    expect(parseJvmMemory(text)).toEqual({ ok: true, bytes, bareNumber });
  });

  it.each([
    { name: "Kubernetes Mi", text: "512Mi", hinted: true },
    { name: "Kubernetes Gi", text: "1Gi", hinted: true },
    { name: "Kubernetes Ki", text: "64Ki", hinted: true },
    { name: "Kubernetes Ei (no JVM suffix)", text: "1Ei", hinted: true },
    { name: "lower-case mi", text: "512mi", hinted: true },
    { name: "IEC MiB", text: "512MiB", hinted: true },
    { name: "fraction convertible to a whole number", text: "1.5g", hinted: true },
    { name: "leading space", text: " 512m", hinted: true },
    { name: "trailing space", text: "512m ", hinted: true },
    { name: "fraction not convertible", text: "1.1g", hinted: false },
    { name: "empty", text: "", hinted: false },
    { name: "negative", text: "-1g", hinted: false },
    { name: "unknown suffix", text: "5x", hinted: false },
    { name: "spelled out unit", text: "512megabytes", hinted: false },
    { name: "no number", text: "m", hinted: false },
    { name: "too large for a safe integer", text: "99999999p", hinted: false },
  ])("rejects $name: '$text'", ({ text, hinted }) => {
    const result = parseJvmMemory(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.hint !== undefined).toBe(hinted);
  });

  it.each([
    { text: "512Mi", spelling: "512m" },
    { text: "1Gi", spelling: "1g" },
    { text: "1Ei", spelling: "1024p" },
    { text: "1.5g", spelling: "1536m" },
  ])("hints the JVM spelling of $text", ({ text, spelling }) => {
    const result = parseJvmMemory(text);
    expect(result.ok ? undefined : result.hint).toContain(spelling);
  });
});
