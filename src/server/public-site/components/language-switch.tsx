import { LOCALES, type Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

/** The same page in another language: the current path and query with `lang` replaced. */
export function withLang(path: string, locale: Locale): string {
  return `${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;
}

/** Plain links, so switching works without JavaScript; the chosen language is remembered in a cookie. */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  return (
    <nav className="lang-switch" aria-label={translate(locale, "site.lang_switch.label")}>
      <ul>
        {LOCALES.map((target) => (
          <li key={target}>
            <a
              href={withLang(path, target)}
              hrefLang={target}
              lang={target}
              aria-current={target === locale ? "true" : undefined}
            >
              {translate(target, `site.lang_switch.${target}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
