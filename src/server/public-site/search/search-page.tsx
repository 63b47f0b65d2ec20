import { translate } from "../../i18n/translate.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { RegionMap } from "../map/region-map.tsx";
import { HELP_CARD_FORM, ResultCard } from "./result-card.tsx";
import type { SearchView } from "./search.loader.ts";
import { SearchFilters } from "./search-filters.tsx";
import { SearchPagination } from "./search-pagination.tsx";
import { searchHref } from "./search-state.ts";
import { SearchSuggestions } from "./search-suggestions.tsx";
import { ShareLinks } from "./share-links.tsx";

interface SearchPageProps {
  shell: PageShell;
  view: SearchView;
  /** Absolute address of this search in this language, for the share links. */
  shareUrl: string;
}

export function searchTitle(view: SearchView, locale: PageShell["locale"]): string {
  return view.state.q
    ? translate(locale, "site.search.title_query", { q: view.state.q })
    : translate(locale, "site.search.title");
}

/** Results with filters, facet counts, pagination, the help-card picker and share links. */
export function SearchPage({ shell, view, shareUrl }: SearchPageProps) {
  const { locale } = shell;
  const { result, state } = view;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  return (
    <Layout shell={shell}>
      <h1>{searchTitle(view, locale)}</h1>
      <SearchFilters state={state} facets={result.facets} categories={view.categories} locale={locale} />
      {result.total > 0 ? (
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading">{t("site.search.count", { count: result.total })}</h2>
          <ol className="result-list">
            {result.items.map((item) => (
              <ResultCard key={`${item.serviceId}/${item.locationId}`} item={item} locale={locale} />
            ))}
          </ol>
          <form id={HELP_CARD_FORM} className="help-card-pick" method="get" action="/help-card">
            <input type="hidden" name="lang" value={locale} />
            <h3>{t("site.help_card.heading")}</h3>
            <p id="help-card-hint">{t("site.help_card.hint")}</p>
            <button type="submit" aria-describedby="help-card-hint">
              {t("site.help_card.open")}
            </button>
          </form>
          <SearchPagination state={state} total={result.total} perPage={result.perPage} locale={locale} />
        </section>
      ) : view.suggestions ? (
        <SearchSuggestions suggestions={view.suggestions} locale={locale} />
      ) : null}
      <section aria-labelledby="search-map">
        <h2 id="search-map">{t("site.home.map")}</h2>
        <RegionMap
          counts={view.regionCounts}
          locale={locale}
          hrefFor={(code) => searchHref(state, { region: [code] })}
          selected={state.region[0]}
        />
      </section>
      <ShareLinks url={shareUrl} locale={locale} />
    </Layout>
  );
}
