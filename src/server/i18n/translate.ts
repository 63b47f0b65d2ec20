import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../shared/vocabulary.ts";

type Catalog = Record<string, string>;

const I18N_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../i18n");

export function loadCatalog(locale: Locale): Catalog {
  return JSON.parse(readFileSync(path.join(I18N_DIR, `${locale}.json`), "utf8")) as Catalog;
}

const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, loadCatalog(locale)])) as Record<
  Locale,
  Catalog
>;
const formatCache = new Map<string, IntlMessageFormat>();

/** Translates a key with ICU parameters; an unknown key returns the key itself so it is visible, not hidden. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const message = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key];
  if (message === undefined) return key;
  const cacheKey = `${locale}\u0000${key}`;
  let format = formatCache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    formatCache.set(cacheKey, format);
  }
  return String(format.format(params as Record<string, string | number>));
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** `?lang=` wins, then the first supported language in Accept-Language, then Kazakh. */
export function negotiateLocale(queryLang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(queryLang)) return queryLang;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part) => {
        const [tag = "", ...rest] = part.trim().split(";");
        const quality = rest.find((p) => p.trim().startsWith("q="));
        return { tag: tag.trim().toLowerCase(), q: quality ? Number(quality.trim().slice(2)) || 0 : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const base = tag.split("-")[0];
      if (isLocale(base)) return base;
    }
  }
  return DEFAULT_LOCALE;
}
