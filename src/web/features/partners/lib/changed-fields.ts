/**
 * The fields whose value differs from what the form started with, for a PATCH that sends only what the
 * person changed (a partner's form then never sends fields only an admin may change).
 */
export function changedFields<Values extends Record<string, unknown>>(
  values: Values,
  initial: Partial<Record<keyof Values, unknown>> | undefined,
): Partial<Values> {
  const changed: Partial<Values> = {};
  for (const key of Object.keys(values) as Array<keyof Values>) {
    if (JSON.stringify(values[key] ?? null) !== JSON.stringify(initial?.[key] ?? null)) {
      changed[key] = values[key];
    }
  }
  return changed;
}

/** Optional text per language: an object with no language filled is stored as nothing. */
export function textOrNull<T extends Record<string, string | undefined>>(
  value: T | null | undefined,
): T | null {
  return value && Object.values(value).some((text) => (text ?? "").trim() !== "") ? value : null;
}

/** For `register(…, { setValueAs })` on optional text inputs: an empty field is null, not "". */
export const emptyToNull = (value: unknown): string | null =>
  typeof value === "string" && value.trim() === "" ? null : (value as string | null);

/** For optional number inputs: empty is null; a decimal comma is read as a point (kk and ru write one). */
export const toNumberOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = String(value).trim().replace(",", ".");
  return text === "" ? null : Number(text);
};
