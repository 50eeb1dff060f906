// A generator's `template` is merged over the ApplicationSet's `spec.template`
// with mergo.Merge(generatorTemplate, specTemplate) and no override option
// (mergeGeneratorTemplate in applicationset/generators/utils.go): every value
// the generator sets wins; every empty one (missing, "", false, 0, empty
// list) is filled from the spec template; mappings merge key by key.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isMap = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "" || v === false || v === 0 || (Array.isArray(v) && v.length === 0);
}

export function mergeTemplate(generator: unknown, base: unknown): Json {
  if (isMap(generator) && isMap(base)) {
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(generator), ...Object.keys(base)])) {
      const g = generator[key];
      const b = base[key];
      if (isMap(g) && isMap(b)) out[key] = mergeTemplate(g, b);
      else if (!isEmpty(g)) out[key] = structuredClone(g as Json);
      else if (b !== undefined) out[key] = structuredClone(b);
      else if (g !== undefined) out[key] = g;
    }
    return out;
  }
  if (!isEmpty(generator)) return structuredClone(generator as Json);
  return structuredClone((base ?? generator ?? null) as Json);
}

/** Apply `render` to every string of a JSON value (Argo CD templates string fields only); stops at the first failure. */
export function mapStrings<F extends { readonly ok: false }>(
  value: Json,
  render: (s: string, path: readonly (string | number)[]) => { readonly ok: true; readonly value: string } | F,
  path: readonly (string | number)[] = [],
): { readonly ok: true; readonly value: Json } | (F & { readonly path: readonly (string | number)[] }) {
  if (typeof value === "string") {
    const r = render(value, path);
    return r.ok ? { ok: true, value: r.value } : { ...r, path };
  }
  if (Array.isArray(value) || isMap(value)) {
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    const out: Json = Array.isArray(value) ? [] : {};
    for (const [key, v] of entries) {
      const r = mapStrings(v, render, [...path, key]);
      if (!r.ok) return r;
      (out as Record<string | number, Json>)[key] = r.value;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value };
}
