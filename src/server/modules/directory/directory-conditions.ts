import { type SQL, sql } from "drizzle-orm";
import type { TDirectorySearchQuery } from "../../../shared/contracts/directory.ts";
import { foldText } from "../../../shared/search/fold.ts";
import type { NeedTerm, ParsedQuery } from "./query-parser.ts";

const de = sql.raw("de");

/** Folded words are [a-z0-9] only, so they are safe inside a tsquery; each matches as a word prefix. */
function tsqueryOf(alternatives: string[][]): string {
  return alternatives.map((words) => `(${words.map((w) => `${w}:*`).join(" & ")})`).join(" | ");
}

/**
 * A need matches when every word of one of its alternatives starts a word of the entry (GIN on the
 * tsvector). With `fuzzy`, a longer word may instead match by trigram word similarity (pg_trgm GIN):
 * slower, so the search uses it only when the exact pass found nothing.
 */
function needCondition(need: NeedTerm, fuzzy: boolean): SQL {
  const byWords = sql`${de}.search_vector @@ to_tsquery('simple', ${tsqueryOf(need.alternatives)})`;
  if (!fuzzy || need.text.length < 4) return byWords;
  return sql`(${byWords} OR ${need.text} <% ${de}.search_text)`;
}

export function distanceKm(lat: number, lon: number): SQL {
  return sql`(6371 * 2 * asin(sqrt(power(sin(radians(${de}.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${de}.latitude)) * power(sin(radians(${de}.longitude - ${lon}) / 2), 2))))`;
}

/** Every filter of a directory search as SQL over `directory_entries de`. */
export function searchConditions(query: TDirectorySearchQuery, parsed: ParsedQuery, fuzzy = false): SQL[] {
  const conditions: SQL[] = parsed.needs.map((need) => needCondition(need, fuzzy));
  const placeRegions = [...new Set(parsed.places.map((p) => p.regionCode))];
  if (placeRegions.length > 0)
    conditions.push(sql`${de}.region_code = ANY(${sql.param(placeRegions)}::text[])`);
  if (query.region?.length) conditions.push(sql`${de}.region_code = ANY(${sql.param(query.region)}::text[])`);
  if (query.locality) conditions.push(sql`${foldText(query.locality)} = ANY(${de}.locality_keys)`);
  if (query.category?.length)
    conditions.push(sql`${de}.category_codes && ${sql.param(query.category)}::text[]`);
  if (query.targetGroup?.length)
    conditions.push(sql`${de}.target_groups && ${sql.param(query.targetGroup)}::text[]`);
  if (query.cost?.length) conditions.push(sql`${de}.cost = ANY(${sql.param(query.cost)}::text[])`);
  if (query.language?.length) conditions.push(sql`${de}.languages && ${sql.param(query.language)}::text[]`);
  if (query.age !== undefined) {
    conditions.push(
      sql`coalesce(${de}.min_age, 0) <= ${query.age} AND coalesce(${de}.max_age, 99) >= ${query.age}`,
    );
  }
  if (query.lat !== undefined && query.lon !== undefined) {
    const degrees = query.radiusKm / 111;
    conditions.push(sql`${de}.latitude BETWEEN ${query.lat - degrees} AND ${query.lat + degrees}`);
    conditions.push(sql`${distanceKm(query.lat, query.lon)} <= ${query.radiusKm}`);
  }
  return conditions;
}

/**
 * Relevance: entries in the very town the family named come first. Every entry that passed the need
 * conditions matched all of them (through a synonym in some language), so no per-row text score is
 * computed: reading each matched row's tsvector for ts_rank was the search's largest cost at scale.
 */
export function relevance(parsed: ParsedQuery): SQL {
  const localities = parsed.places.flatMap((p) => (p.localityKey ? [p.localityKey] : []));
  if (localities.length === 0) return sql`0::real`;
  return sql`(CASE WHEN ${de}.locality_keys && ${sql.param(localities)}::text[] THEN 1 ELSE 0 END)`;
}
