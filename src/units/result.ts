// The shape every checker in this folder returns: data, never a thrown error,
// so a caller can report every problem of a spec in one run.
export type Check = { ok: true } | { ok: false; reason: string };

export const OK: Check = { ok: true };

export function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
