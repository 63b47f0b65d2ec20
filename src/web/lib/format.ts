import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { pickLocalized, type TLocalizedText } from "../../shared/localized-text.ts";
import { DEFAULT_LOCALE, type Locale } from "../../shared/vocabulary.ts";
import { hasKazakhIntl, kazakhDate, kazakhDateTime, kazakhNumberFormat } from "./kazakh-intl.ts";
import { INTL_LOCALES, isLocale } from "./locale.ts";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface Formatters {
  locale: Locale;
  /** A calendar date (`2025-03-14`) or a timestamp, as a date in the interface language. */
  date(value: string | Date | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  number(value: number): string;
  /** «A, B and C» */
  list(items: string[]): string;
  /** Text stored per language: the interface language, else the first language filled in. */
  text(value: TLocalizedText | Record<string, string> | null | undefined): string;
}

export function formattersFor(locale: Locale): Formatters {
  const tag = INTL_LOCALES[locale];
  const text = (value: Parameters<Formatters["text"]>[0]) => pickLocalized(value, locale)?.text ?? "";
  const toDate = (value: string | Date) =>
    typeof value === "string" && DATE_ONLY.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  // Calendar dates have no time zone: they are formatted in UTC so they never move a day.
  const zoneOf = (value: string | Date) =>
    typeof value === "string" && DATE_ONLY.test(value) ? "UTC" : undefined;
  if (locale === "kk" && !hasKazakhIntl()) {
    const number = kazakhNumberFormat();
    return {
      locale,
      date: (value) => (value ? kazakhDate(toDate(value), zoneOf(value)) : ""),
      dateTime: (value) => (value ? kazakhDateTime(toDate(value)) : ""),
      number: (value) => number.format(value),
      list: (items) => items.join(", "), // CLDR's kk conjunction list is a plain comma list
      text,
    };
  }
  const dateOnly = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const number = new Intl.NumberFormat(tag);
  const list = new Intl.ListFormat(tag, { type: "conjunction" });
  return {
    locale,
    date: (value) => (value ? (zoneOf(value) ? dateOnly : date).format(toDate(value)) : ""),
    dateTime: (value) => (value ? dateTime.format(toDate(value)) : ""),
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    text,
  };
}

/** Formatters for the language the interface shows; they change when the language does. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return useMemo(() => formattersFor(locale), [locale]);
}
