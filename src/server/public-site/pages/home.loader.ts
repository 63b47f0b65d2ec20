import { ZNewsListQuery } from "../../../shared/contracts/news.ts";
import type { TServiceCategory } from "../../../shared/contracts/services.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Database } from "../../db/client.ts";
import { ANONYMOUS } from "../../http/principal.ts";
import { searchDirectory } from "../../modules/directory/directory-search.service.ts";
import { listNews } from "../../modules/news/news.repository.ts";
import { listServiceCategories } from "../../modules/services/service-categories.repository.ts";
import { directoryQueryOf, EMPTY_SEARCH } from "../search/search-state.ts";

export const RECENT_NEWS = 3;

export interface NewsTeaser {
  slug: string;
  title: TLocalizedText;
  publishedAt: string | null;
}

export interface HomeView {
  categories: TServiceCategory[];
  categoryCounts: Record<string, number>;
  regionCounts: Record<string, number>;
  news: NewsTeaser[];
}

/** Counts of published services per category and region, the categories, and the latest published news. */
export async function loadHome(db: Database, locale: Locale): Promise<HomeView> {
  const [all, categories, news] = await Promise.all([
    searchDirectory(db, directoryQueryOf(EMPTY_SEARCH, 1), locale),
    listServiceCategories(db),
    listNews(db, ZNewsListQuery.parse({ published: "true", perPage: RECENT_NEWS }), ANONYMOUS),
  ]);
  const countsOf = (facet: Array<{ key: string; count: number }>) =>
    Object.fromEntries(facet.map((entry) => [entry.key, entry.count]));
  return {
    categories,
    categoryCounts: countsOf(all.facets.category),
    regionCounts: countsOf(all.facets.region),
    news: news.records.map((record) => ({
      slug: record.slug,
      title: record.title as TLocalizedText,
      publishedAt: record.publishedAt?.toISOString() ?? null,
    })),
  };
}
