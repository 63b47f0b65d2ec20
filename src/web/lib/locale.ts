import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../shared/vocabulary.ts";

const STORAGE_KEY = "yntymaq.locale";

/** The Intl locale used for dates and numbers in each interface language. */
export const INTL_LOCALES: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage switched off in the browser
  }
}

/** The stored choice, else the first supported browser language, else Kazakh. */
export function initialLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function storeLocale(locale: Locale): void {
  storage()?.setItem(STORAGE_KEY, locale);
}
