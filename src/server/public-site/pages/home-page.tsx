import { pickLocalized } from "../../../shared/localized-text.ts";
import { translate } from "../../i18n/translate.ts";
import { formatDate } from "../components/format.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { SearchBox } from "../components/search-box.tsx";
import { Localized } from "../components/translation-note.tsx";
import { RegionMap } from "../map/region-map.tsx";
import { EMPTY_SEARCH, searchHref } from "../search/search-state.ts";
import type { HomeView } from "./home.loader.ts";

/** Home: one search box, the kinds of help, the map of regions and the latest news. */
export function HomePage({ shell, view }: { shell: PageShell; view: HomeView }) {
  const { locale } = shell;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  return (
    <Layout shell={shell}>
      <h1>{t("site.home.heading")}</h1>
      <SearchBox locale={locale} />
      <section aria-labelledby="home-categories">
        <h2 id="home-categories">{t("site.home.categories")}</h2>
        <ul className="category-list">
          {view.categories.map((category) => (
            <li key={category.code}>
              <a href={searchHref(EMPTY_SEARCH, { category: [category.code] })}>
                <Localized text={pickLocalized(category.name, locale)} locale={locale} />
                <span className="count">
                  {t("site.region.services_count", { count: view.categoryCounts[category.code] ?? 0 })}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-map">
        <h2 id="home-map">{t("site.home.map")}</h2>
        <RegionMap
          counts={view.regionCounts}
          locale={locale}
          hrefFor={(code) => searchHref(EMPTY_SEARCH, { region: [code] })}
        />
      </section>
      <section aria-labelledby="home-news">
        <h2 id="home-news">{t("site.home.news")}</h2>
        {view.news.length === 0 ? (
          <p>{t("site.home.no_news")}</p>
        ) : (
          <ul className="news-list">
            {view.news.map((post) => (
              <li key={post.slug}>
                <a href={`/news/${post.slug}`}>
                  <Localized text={pickLocalized(post.title, locale)} locale={locale} />
                </a>
                {post.publishedAt ? (
                  <>
                    {" "}
                    <time dateTime={post.publishedAt}>{formatDate(post.publishedAt, locale)}</time>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/news">{t("site.home.all_news")}</a>
        </p>
      </section>
    </Layout>
  );
}
