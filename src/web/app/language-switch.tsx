import { useTranslation } from "react-i18next";
import { LOCALES } from "../../shared/vocabulary.ts";

/** kk / ru / en; the choice is stored in localStorage and sent to the API as Accept-Language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("app.language.label")}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          className="language-switch__option"
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {t(`app.language.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}
