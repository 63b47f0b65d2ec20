import type { TDirectorySearchResponse } from "../../../shared/contracts/directory.ts";
import type { TServiceCategory } from "../../../shared/contracts/services.ts";
import { foldTokens } from "../../../shared/search/fold.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Database } from "../../db/client.ts";
import { searchDirectory } from "../../modules/directory/directory-search.service.ts";
import { PLACE_WORDS } from "../../modules/directory/place-gazetteer.ts";
import { listServiceCategories } from "../../modules/services/service-categories.repository.ts";
import { regionName } from "../components/format.ts";
import { neighboursOf } from "./region-neighbours.ts";
import { directoryQueryOf, hasFilters, type SearchState, searchHref } from "./search-state.ts";

export interface Suggestions {
  withoutPlace: { href: string; place: string } | null;
  withoutFilters: string | null;
  broaderCategory: string | null;
  nearby: Array<{ code: string; href: string; count: number }>;
}

export interface SearchView {
  state: SearchState;
  result: TDirectorySearchResponse;
  categories: TServiceCategory[];
  /** Services per region for the current filters other than the region itself, for the map. */
  regionCounts: Record<string, number>;
  suggestions: Suggestions | null;
}

export async function loadSearch(db: Database, state: SearchState, locale: Locale): Promise<SearchView> {
  const [result, categories] = await Promise.all([
    searchDirectory(db, directoryQueryOf(state), locale),
    listServiceCategories(db),
  ]);
  const [suggestions, regionFacet] = await Promise.all([
    result.total === 0 ? suggest(db, state, result, locale) : null,
    state.region.length === 0
      ? result.facets.region
      : searchDirectory(db, directoryQueryOf({ ...state, region: [], page: 1 }, 1), locale).then(
          (anyRegion) => anyRegion.facets.region,
        ),
  ]);
  const regionCounts = Object.fromEntries(regionFacet.map((facet) => [facet.key, facet.count]));
  return { state, result, categories, regionCounts, suggestions };
}

/** Splits the typed query into the words that named a place and the rest, by the parser's folded words. */
function splitPlaceWords(q: string, result: TDirectorySearchResponse): { rest: string; place: string } {
  const placeTokens = new Set(result.interpreted.places.flatMap((place) => place.text.split(" ")));
  const isPlaceWord = (word: string) => {
    const tokens = foldTokens(word);
    return tokens.length > 0 && tokens.every((token) => placeTokens.has(token) || PLACE_WORDS.has(token));
  };
  const words = q.split(/\s+/).filter(Boolean);
  return {
    rest: words.filter((word) => !isPlaceWord(word)).join(" "),
    place: words.filter(isPlaceWord).join(" "),
  };
}

/** What to try when nothing was found: without the place, without filters, a broader category, nearby regions. */
async function suggest(
  db: Database,
  state: SearchState,
  result: TDirectorySearchResponse,
  locale: Locale,
): Promise<Suggestions> {
  const { rest, place } = splitPlaceWords(state.q, result);
  const placeless: SearchState = { ...state, q: rest, region: [], locality: "", page: 1 };
  const placeLabel =
    place || state.locality || state.region.map((code) => regionName(code, locale)).join(", ");
  const regions = [...new Set([...state.region, ...result.interpreted.places.map((p) => p.regionCode)])];
  const elsewhere = placeLabel ? await searchDirectory(db, directoryQueryOf(placeless, 1), locale) : null;
  const counts = new Map(elsewhere?.facets.region.map((facet) => [facet.key, facet.count]) ?? []);
  const nearby = neighboursOf(regions)
    .map((code) => ({ code, href: searchHref(placeless, { region: [code] }), count: counts.get(code) ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    withoutPlace:
      elsewhere && elsewhere.total > 0 ? { href: searchHref(placeless), place: placeLabel } : null,
    withoutFilters: hasFilters(state) ? searchHref({ ...placeless, ...emptyFilters, q: state.q }) : null,
    broaderCategory: state.category.length > 0 ? searchHref(state, { category: [] }) : null,
    nearby,
  };
}

const emptyFilters = {
  region: [],
  locality: "",
  category: [],
  targetGroup: [],
  age: null,
  cost: [],
  language: [],
} satisfies Partial<SearchState>;
