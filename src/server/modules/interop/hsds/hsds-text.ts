import { pickLocalized, type TLocalizedText } from "../../../../shared/localized-text.ts";
import { LOCALES, type Locale } from "../../../../shared/vocabulary.ts";

/** The text of a field in the wanted language, falling back like the directory does. */
export const textIn = (value: TLocalizedText | null | undefined, locale: Locale): string | undefined =>
  pickLocalized(value, locale)?.text;

/**
 * The profile's `translations` field: every language of every localized field of a record, so the one
 * text per field HSDS has does not lose the other two languages.
 */
export function translationsOf(
  fields: Record<string, TLocalizedText | null | undefined>,
): Partial<Record<Locale, Record<string, string>>> | undefined {
  const result: Partial<Record<Locale, Record<string, string>>> = {};
  for (const locale of LOCALES) {
    for (const [field, value] of Object.entries(fields)) {
      const text = value?.[locale];
      if (!text) continue;
      result[locale] ??= {};
      (result[locale] as Record<string, string>)[field] = text;
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
