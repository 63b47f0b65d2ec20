import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";

/** A date as people write it in the page's language, e.g. «14 марта 2025 г.». */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Almaty" }).format(
    new Date(iso),
  );
}

export function agesLabel(min: number | null, max: number | null, locale: Locale): string {
  if (min !== null && max !== null) return translate(locale, "site.ages.range", { min, max });
  if (min !== null) return translate(locale, "site.ages.from", { min });
  if (max !== null) return translate(locale, "site.ages.to", { max });
  return translate(locale, "site.ages.any");
}

export function regionName(code: string, locale: Locale): string {
  return REGION_SEEDS.find((region) => region.code === code)?.name[locale] ?? code;
}

/** The 20 regions in the alphabetical order of the page's language. */
export function regionsByName(locale: Locale): Array<{ code: string; name: string }> {
  return REGION_SEEDS.map((region) => ({ code: region.code, name: region.name[locale] })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

/** `tel:` keeps only digits and a leading plus, so any written form of a number dials. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  return `tel:${digits.startsWith("+") ? `+${digits.slice(1).replaceAll("+", "")}` : digits}`;
}

export const costLabel = (cost: string, locale: Locale): string => translate(locale, `site.cost.${cost}`);

export const languagesLabel = (languages: readonly string[], locale: Locale): string =>
  languages.map((language) => translate(locale, `site.language.${language}`)).join(", ");
