// --skip and --reject lists: a bare `Kind` matches every apiVersion, `apiVersion/Kind`
// (`v1/ConfigMap`, `argoproj.io/v1alpha1/Workflow`) only that one, as kubeconform's GVK form.

export type KindMatcher = (apiVersion: string, kind: string) => boolean;

export function kindMatcher(entries: readonly string[]): KindMatcher {
  const names = new Set(entries.map((e) => e.trim()).filter((e) => e !== ""));
  if (names.size === 0) return () => false;
  return (apiVersion, kind) => names.has(kind) || names.has(`${apiVersion}/${kind}`);
}

/** "a,b" and repeated flags alike: `--skip A,B --skip C`. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === "string" ? [values] : values;
  return list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
