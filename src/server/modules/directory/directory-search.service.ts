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
import { highlight } from "./highlight.ts";
import { type ParsedQuery, parseQuery } from "./query-parser.ts";
import { widenBySlips } from "./typo-expansion.ts";

/**
 * The public directory search: the query text is split into places and needs (any script, old names,
 * typos), filters apply on the read model, results rank by relevance, then recent verification, then distance.
 */
export async function searchDirectory(
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
    const [ranked, facets] = await Promise.all([
      rankedPage(
        db,
        conditions,
        preferredPlace(asked),
        distance,
        query.perPage,
        (query.page - 1) * query.perPage,
      ),
      cellConditions ? facetCountsFromCells(db, cellConditions) : facetCounts(db, conditions),
    ]);
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
