import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

/** The one search box «what help, where»: a GET form to /search, so it works without JavaScript. */
export function SearchBox({ locale, id = "home-q" }: { locale: Locale; id?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for older phone browsers; the role works everywhere
    <form className="search-form" method="get" action="/search" role="search">
      <label htmlFor={id}>{translate(locale, "site.search.label")}</label>
      <p className="hint" id={`${id}-hint`}>
        {translate(locale, "site.search.hint")}
      </p>
      <div className="search-box">
        <input id={id} type="search" name="q" aria-describedby={`${id}-hint`} />
        <button type="submit">{translate(locale, "site.search.submit")}</button>
      </div>
    </form>
  );
}
