import type {
  TDirectoryResult,
  TDirectorySearchQuery,
  TDirectorySearchResponse,
} from "../../../shared/contracts/directory.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Database } from "../../db/client.ts";
import { distanceKm, facetCellConditions, preferredPlace, searchConditions } from "./directory-conditions.ts";
import {
  entryDetails,
  facetCounts,
  facetCountsFromCells,
  rankedPage,
} from "./directory-search.repository.ts";
import { DirectorySearchCache } from "./directory-search-cache.ts";
import { highlight } from "./highlight.ts";
import { type ParsedQuery, parseQuery } from "./query-parser.ts";
import { widenBySlips } from "./typo-expansion.ts";

/**
 * Up to this many matches, a page is found by collecting the matches through their filters' indexes rather
 * than by a ranked scan: the scan reads about (region size × page ÷ matches) rows before it has a page, a
 * fifth of the region or more below this (measured at 1M: 1,585 matches in a region, the scan 4 ms and the
 * collection 107 ms; none, the scan 140 ms and the collection 79 ms).
 */
const FEW_MATCHES = 100;

const responseCaches = new WeakMap<Database, DirectorySearchCache<TDirectorySearchResponse>>();
const jsonCaches = new WeakMap<Database, DirectorySearchCache<string>>();

function cacheOf<T>(caches: WeakMap<Database, DirectorySearchCache<T>>, db: Database) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new DirectorySearchCache<T>();
    caches.set(db, cache);
  }
  return cache;
}

// The parsed query has every default filled in, so equal searches give equal keys.
const keyOf = (query: TDirectorySearchQuery, locale: Locale) => `${locale} ${JSON.stringify(query)}`;

/**
 * The public directory search, answered from this process's cache while the directory has not changed
 * since (see DirectorySearchCache): families ask the same few things, and a result is a few kilobytes.
 */
export function searchDirectory(
  db: Database,
  query: TDirectorySearchQuery,
  locale: Locale,
): Promise<TDirectorySearchResponse> {
  return cacheOf(responseCaches, db).get(db, keyOf(query, locale), () =>
    searchDirectoryUncached(db, query, locale),
  );
}

/** The same, as the JSON the API sends: a repeated search is not serialized again. */
export function searchDirectoryJson(
  db: Database,
  query: TDirectorySearchQuery,
  locale: Locale,
): Promise<string> {
  return cacheOf(jsonCaches, db).get(db, keyOf(query, locale), async () =>
    JSON.stringify(await searchDirectoryUncached(db, query, locale)),
  );
}

/**
 * The search itself: the query text is split into places and needs (any script, old names, typos),
 * filters apply on the read model, results rank by relevance, then recent verification, then distance.
 */
export async function searchDirectoryUncached(
  db: Database,
  query: TDirectorySearchQuery,
  locale: Locale,
): Promise<TDirectorySearchResponse> {
  const parsed = parseQuery(query.q ?? "");
  const distance =
    query.lat !== undefined && query.lon !== undefined ? distanceKm(query.lat, query.lon) : null;
  const run = async (asked: ParsedQuery) => {
    const conditions = searchConditions(query, asked);
    const cellConditions = facetCellConditions(query, asked);
    const page = (few: boolean) =>
      rankedPage(db, conditions, preferredPlace(asked), distance, {
        limit: query.perPage,
        offset: (query.page - 1) * query.perPage,
        few,
      });
    if (!cellConditions) {
      const [ranked, facets] = await Promise.all([page(false), facetCounts(db, conditions)]);
      return { ranked, facets };
    }
    // The cells answer first (a few milliseconds) and tell how many entries match: none means no page to
    // look for, and a few means the ranked scan of a whole region would look for them in vain.
    const facets = await facetCountsFromCells(db, cellConditions);
    const total = facets.region.reduce((sum, facet) => sum + facet.count, 0);
    const ranked = total === 0 ? [] : await page(total <= FEW_MATCHES);
    return { ranked, facets };
  };
  let { ranked, facets } = await run(parsed);
  // Nothing for the words as typed: try the directory's words within a slip or two of each free word.
  const widened = facets.region.length === 0 ? await widenBySlips(db, parsed.needs) : null;
  const matched = widened ? { ...parsed, needs: widened } : parsed;
  if (widened) ({ ranked, facets } = await run(matched));
  const details = await entryDetails(db, ranked);
  const items: TDirectoryResult[] = [];
  for (const entry of ranked) {
    const row = details.get(`${entry.serviceId}/${entry.locationId}`);
    if (!row) continue; // removed between the two queries
    const name = pickLocalized(row.name, locale) ?? { text: "", locale };
    items.push({
      serviceId: row.service_id,
      locationId: row.location_id,
      name,
      nameHighlights: highlight(name.text, matched.needs),
      organization: {
        id: row.organization_id,
        name: pickLocalized(row.organization_name, locale) ?? { text: "", locale },
      },
      regionCode: row.region_code,
      locality: pickLocalized(row.locality, locale),
      address: pickLocalized(row.address, locale),
      phone: row.phone,
      cost: row.cost as TDirectoryResult["cost"],
      languages: row.languages,
      categoryCodes: row.category_codes,
      targetGroups: row.target_groups,
      minAge: row.min_age,
      maxAge: row.max_age,
      latitude: row.latitude,
      longitude: row.longitude,
      distanceKm: entry.distanceKm,
      lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at).toISOString() : null,
      partner: row.partner,
    });
  }
  return {
    items,
    total: facets.region.reduce((sum, facet) => sum + facet.count, 0),
    page: query.page,
    perPage: query.perPage,
    facets,
    interpreted: {
      places: parsed.places.map((p) => ({ regionCode: p.regionCode, locality: p.localityKey, text: p.text })),
      terms: parsed.needs.map((need) => need.text),
    },
  };
}
