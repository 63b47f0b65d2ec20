import i18next, { type BackendModule, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../shared/vocabulary.ts";
import { icuFormat } from "./i18n-icu-format.ts";
import { isLocale, storeLocale } from "./locale.ts";

type Catalog = Record<string, string>;

/** The server's catalogs, one chunk per language, fetched only when that language is chosen. */
const CATALOGS: Record<Locale, () => Promise<{ default: Catalog }>> = {
  kk: () => import("../../i18n/kk.json"),
  ru: () => import("../../i18n/ru.json"),
  en: () => import("../../i18n/en.json"),
};

const lazyCatalogs: BackendModule = {
  type: "backend",
  callbackApi: false,
  init() {},
  read(language: string) {
    return isLocale(language) ? CATALOGS[language]().then((module) => module.default) : Promise.resolve({});
  },
};

let active: i18n | null = null;

/** The language the interface shows now; the API client sends it with every request. */
export function currentLocale(): Locale {
  const language = active?.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** Starts i18next in `locale` with its catalog loaded, so the first render is already translated. */
export async function createI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(icuFormat)
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  instance.on("languageChanged", (language) => {
    if (!isLocale(language)) return;
    storeLocale(language);
    if (typeof document !== "undefined") document.documentElement.lang = language;
  });
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  active = instance;
  return instance;
}
