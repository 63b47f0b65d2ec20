import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import { LOCALES, type Locale } from "../../../../shared/vocabulary.ts";
import { type ImportIssue, issue, type SourceRecord } from "./hsds-import-types.ts";

type Translations = Partial<Record<Locale, Record<string, unknown>>>;

/** Reads text fields: the profile's `translations` when the record has them, else the one text in the batch's language. */
export class TextReader {
  private readonly translations: Translations | undefined;

  constructor(
    private readonly source: SourceRecord,
    private readonly locale: Locale,
    private readonly issues: ImportIssue[],
  ) {
    const value = source.record.translations;
    this.translations = value && typeof value === "object" ? (value as Translations) : undefined;
  }

  /** The localized value of `field`, or null; too long a text is an error rather than being cut. */
  localized(field: string, max: number): TLocalizedText | null {
    const result: TLocalizedText = {};
    if (this.translations) {
      for (const locale of LOCALES) {
        const text = this.translations[locale]?.[field];
        if (typeof text === "string" && text.trim() !== "") result[locale] = text;
      }
    } else {
      const text = this.source.record[field];
      // Kept exactly as given (not trimmed), so a round trip gives the same text back.
      if (typeof text === "string" && text.trim() !== "") result[this.locale] = text;
    }
    for (const text of Object.values(result)) {
      if (text.length > max) {
        this.issues.push(issue(this.source, field, "hsds.problem.too_long", { max }));
        return null;
      }
    }
    return Object.keys(result).length > 0 ? result : null;
  }

  /** Like `localized`, but a missing text is an error: Yntymaq needs it. */
  required(field: string, max: number): TLocalizedText {
    const value = this.localized(field, max);
    if (!value) this.issues.push(issue(this.source, field, "hsds.problem.required"));
    return value ?? {};
  }
}

/** A plain value Yntymaq checks more strictly than HSDS: kept when `accept` says so, else dropped with a warning. */
export function checked<T>(
  source: SourceRecord,
  issues: ImportIssue[],
  field: string,
  accept: (value: unknown) => value is T,
): T | null {
  const value = source.record[field];
  if (value === undefined || value === null || value === "") return null;
  if (accept(value)) return value;
  issues.push(issue(source, field, "hsds.problem.dropped", { value: String(value).slice(0, 80) }, "warning"));
  return null;
}
