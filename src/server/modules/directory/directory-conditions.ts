import { type SQL, sql } from "drizzle-orm";
import type { TDirectorySearchQuery } from "../../../shared/contracts/directory.ts";
import { foldText } from "../../../shared/search/fold.ts";
import { tsqueryOf } from "./need-vocabulary.ts";
import type { NeedTerm, ParsedQuery } from "./query-parser.ts";

const de = sql.raw("de");

/**
 * A need matches when every word of one of its alternatives starts a word of the entry. A need of the
 * vocabulary was matched when the entry was written (`need_groups`, a small GIN over narrow rows); other
 * words go to the tsvector of the entry's text.
 */
function needCondition(need: NeedTerm): SQL {
  if (need.groupId !== undefined) return sql`${de}.need_groups @> ARRAY[${need.groupId}]::smallint[]`;
  return sql`EXISTS (SELECT 1 FROM directory_texts t WHERE t.service_id = ${de}.service_id AND t.location_id = ${de}.location_id
    AND t.search_vector @@ to_tsquery('simple', ${tsqueryOf(need.alternatives)}))`;
}

export function distanceKm(lat: number, lon: number): SQL {
  return sql`(6371 * 2 * asin(sqrt(power(sin(radians(${de}.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${de}.latitude)) * power(sin(radians(${de}.longitude - ${lon}) / 2), 2))))`;
}

/**
 * The regions a search may return: those of the places named in the text and those of the region filter,
 * both when both are given. One region is written as equality so the planner walks the (region, last
 * verified) index in ranking order and stops after a page; `= ANY` of one element does not get that plan.
 */
function regionCondition(table: SQL, query: TDirectorySearchQuery, parsed: ParsedQuery): SQL | null {
  const named = [...new Set(parsed.places.map((p) => p.regionCode))];
  const filtered = query.region ?? [];
  const regions =
    named.length > 0 && filtered.length > 0
      ? named.filter((code) => filtered.includes(code))
      : named.length > 0
        ? named
        : filtered;
  if (named.length === 0 && filtered.length === 0) return null;
  if (regions.length === 0) return sql`false`;
  if (regions.length === 1) return sql`${table}.region_code = ${regions[0]}`;
  return sql`${table}.region_code = ANY(${sql.param(regions)}::text[])`;
}

/**
 * The same filters over the facet cells (`directory_facets f`), or null when the search filters on
 * something the cells do not keep (a free-text word, two needs, town, target group,
 * distance) and the counts must come from the entries themselves.
 */
export function facetCellConditions(query: TDirectorySearchQuery, parsed: ParsedQuery): SQL[] | null {
  const [need, ...moreNeeds] = parsed.needs;
  if (moreNeeds.length > 0 || (need && need.groupId === undefined)) return null;
  if (query.locality || query.targetGroup?.length || query.lat !== undefined) return null;
  const f = sql.raw("f");
  const conditions = [sql`${f}.need_group = ${need?.groupId ?? -1}`];
  const regions = regionCondition(f, query, parsed);
  if (regions) conditions.push(regions);
  if (query.category?.length)
    conditions.push(sql`${f}.category_codes && ${sql.param(query.category)}::text[]`);
  if (query.cost?.length) conditions.push(sql`${f}.cost = ANY(${sql.param(query.cost)}::text[])`);
  if (query.language?.length) conditions.push(sql`${f}.languages && ${sql.param(query.language)}::text[]`);
  if (query.age !== undefined)
    conditions.push(sql`${f}.min_age <= ${query.age} AND ${f}.max_age >= ${query.age}`);
  return conditions;
}

/** Every filter of a directory search as SQL over `directory_entries de`. */
export function searchConditions(query: TDirectorySearchQuery, parsed: ParsedQuery): SQL[] {
  const conditions: SQL[] = parsed.needs.map(needCondition);
  const regions = regionCondition(de, query, parsed);
  if (regions) conditions.push(regions);
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
 * Relevance: entries in the very town the family named come first (null when no town was named). Every
 * entry that passed the need conditions matched all of them (through a synonym in some language), so no
 * per-row text score is computed: reading each matched row's tsvector for ts_rank was the search's
 * largest cost at scale.
 */
export function preferredPlace(parsed: ParsedQuery): SQL | null {
  const localities = parsed.places.flatMap((p) => (p.localityKey ? [p.localityKey] : []));
  if (localities.length === 0) return null;
  return sql`${de}.locality_keys && ${sql.param(localities)}::text[]`;
}
