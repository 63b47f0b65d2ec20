import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { regionName } from "../components/format.ts";
import type { Suggestions } from "./search.loader.ts";

/** Shown instead of results when nothing was found: every suggestion is a link to a search that finds something. */
export function SearchSuggestions({ suggestions, locale }: { suggestions: Suggestions; locale: Locale }) {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  return (
    <section className="no-results" aria-labelledby="no-results-heading">
      <h2 id="no-results-heading">{t("site.no_results.heading")}</h2>
      <p>{t("site.no_results.try")}</p>
      <ul className="suggestions">
        {suggestions.withoutPlace ? (
          <li>
            <a href={suggestions.withoutPlace.href}>
              {t("site.no_results.drop_place", { place: suggestions.withoutPlace.place })}
            </a>
          </li>
        ) : null}
        {suggestions.withoutFilters ? (
          <li>
            <a href={suggestions.withoutFilters}>{t("site.no_results.drop_filters")}</a>
          </li>
        ) : null}
        {suggestions.broaderCategory ? (
          <li>
            <a href={suggestions.broaderCategory}>{t("site.no_results.broader_category")}</a>
          </li>
        ) : null}
        {suggestions.nearby.length > 0 ? (
          <li>
            {t("site.no_results.nearby")}
            <ul>
              {suggestions.nearby.map((region) => (
                <li key={region.code}>
                  <a href={region.href}>
                    {`${regionName(region.code, locale)} — ${t("site.region.services_count", { count: region.count })}`}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>
          <a href="/search">{t("site.no_results.all")}</a>
        </li>
      </ul>
    </section>
  );
}
