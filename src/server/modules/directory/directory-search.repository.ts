import { type SQL, sql } from "drizzle-orm";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";

export interface RankedEntry {
  serviceId: string;
  locationId: string;
  distanceKm: number | null;
}

export type Facets = Record<
  "region" | "category" | "cost" | "language",
  Array<{ key: string; count: number }>
>;

const whereOf = (conditions: SQL[]) =>
  conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;

/**
 * One page of entries in ranking order: entries in a preferred place (the town the family named) first,
 * then by recent verification, then distance. Each part is its own ordered query, so a range scan of
 * (region, last verified) can stop after the page instead of sorting every match.
 */
export async function rankedPage(
  db: Queryable,
  conditions: SQL[],
  preferred: SQL | null,
  distance: SQL | null,
  { limit, offset, few }: { limit: number; offset: number; few: boolean },
): Promise<RankedEntry[]> {
  const distanceColumn = distance ?? sql`NULL::double precision`;
  const matches = (extra: SQL[], rank: number) => sql`
    SELECT de.service_id, de.location_id, de.last_verified_at, ${distanceColumn} AS distance, ${rank} AS rank
    FROM directory_entries de
    ${whereOf([...conditions, ...extra])}`;
  const order = sql`ORDER BY last_verified_at DESC NULLS LAST, distance ASC NULLS LAST, service_id, location_id`;
  // With few matches, OFFSET 0 keeps the planner from walking the ranking index in hope of an early stop:
  // the matches are collected by their filters' indexes, then sorted.
  const part = (extra: SQL[], rank: number, partLimit: number, partOffset: number) =>
    few
      ? sql`SELECT * FROM (${matches(extra, rank)} OFFSET 0) m ${order} LIMIT ${partLimit} OFFSET ${partOffset}`
      : sql`${matches(extra, rank)}
    ORDER BY de.last_verified_at DESC NULLS LAST, ${distanceColumn} ASC NULLS LAST, de.service_id, de.location_id
    LIMIT ${partLimit} OFFSET ${partOffset}`;
  const query = preferred
    ? sql`SELECT * FROM ((${part([preferred], 1, limit + offset, 0)}) UNION ALL (${part([sql`NOT (${preferred})`], 0, limit + offset, 0)})) page
        ORDER BY rank DESC, last_verified_at DESC NULLS LAST, distance ASC NULLS LAST, service_id, location_id
        LIMIT ${limit} OFFSET ${offset}`
    : part([], 0, limit, offset);
  const result = await db.execute<{ service_id: string; location_id: string; distance: number | null }>(
    query,
  );
  return result.rows.map((row) => ({
    serviceId: row.service_id,
    locationId: row.location_id,
    distanceKm: row.distance === null ? null : Math.round(row.distance * 10) / 10,
  }));
}

/**
 * Facet counts per region, category, cost and language from `cells`: a query giving rows of (region_code,
 * cost, category_codes, languages, n). Summed in the database, so only the few dozen counts travel.
 */
async function facetsOf(db: Queryable, cells: SQL): Promise<Facets> {
  const result = await db.execute<{ dim: keyof Facets; key: string; n: number }>(sql`
    WITH m AS MATERIALIZED (${cells})
    SELECT 'region' AS dim, region_code AS key, sum(n)::int AS n FROM m GROUP BY region_code
    UNION ALL SELECT 'cost', cost, sum(n)::int FROM m GROUP BY cost
    UNION ALL SELECT 'category', c, sum(n)::int FROM m, unnest(m.category_codes) AS c GROUP BY c
    UNION ALL SELECT 'language', l, sum(n)::int FROM m, unnest(m.languages) AS l GROUP BY l`);
  const facets: Facets = { region: [], category: [], cost: [], language: [] };
  for (const row of result.rows) if (row.n > 0) facets[row.dim].push({ key: row.key, count: row.n });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return facets;
}

/** Facet counts over every entry that passes `conditions` (one grouped scan of the narrow rows). */
export function facetCounts(db: Queryable, conditions: SQL[]): Promise<Facets> {
  return facetsOf(
    db,
    sql`SELECT de.region_code, de.cost, de.category_codes, de.languages, count(*) AS n
      FROM directory_entries de ${whereOf(conditions)} GROUP BY 1, 2, 3, 4`,
  );
}

/** The same counts from the pre-aggregated cells, for searches whose filters the cells can answer. */
export function facetCountsFromCells(db: Queryable, conditions: SQL[]): Promise<Facets> {
  return facetsOf(
    db,
    sql`SELECT f.region_code, f.cost, f.category_codes, f.languages, f.entries AS n
      FROM directory_facets f ${whereOf(conditions)}`,
  );
}

export type EntryDetails = {
  service_id: string;
  location_id: string;
  name: TLocalizedText;
  organization_id: string;
  organization_name: TLocalizedText;
  region_code: string;
  locality: TLocalizedText | null;
  address: TLocalizedText | null;
  phone: string | null;
  cost: string;
  languages: string[];
  category_codes: string[];
  target_groups: string[];
  min_age: number | null;
  max_age: number | null;
  latitude: number | null;
  longitude: number | null;
  last_verified_at: Date | null;
  partner: boolean;
};

/** What a result card shows, for one page of entries; `partner` = party to a signed memorandum in force. */
export async function entryDetails(
  db: Queryable,
  entries: RankedEntry[],
): Promise<Map<string, EntryDetails>> {
  if (entries.length === 0) return new Map();
  const services = entries.map((e) => e.serviceId);
  const locations = entries.map((e) => e.locationId);
  const result = await db.execute<EntryDetails>(sql`
    SELECT s.id AS service_id, l.id AS location_id, s.name, o.id AS organization_id, o.name AS organization_name,
      l.region_code, l.locality, l.address, coalesce(s.phone, o.phone) AS phone, s.cost::text AS cost,
      s.languages::text[] AS languages, s.category_codes, s.target_groups::text[] AS target_groups,
      s.min_age, s.max_age, l.latitude, l.longitude, coalesce(s.last_verified_at, o.last_verified_at) AS last_verified_at,
      EXISTS (
        SELECT 1 FROM memorandum_parties mp JOIN memoranda m ON m.id = mp.memorandum_id
        WHERE mp.organization_id = o.id AND m.review_state = 'signed' AND m.lifecycle_status = 'active'
          AND (m.end_date IS NULL OR m.end_date >= current_date)
      ) AS partner
    FROM unnest(${sql.param(services)}::uuid[], ${sql.param(locations)}::uuid[]) AS page(service_id, location_id)
    JOIN services s ON s.id = page.service_id
    JOIN locations l ON l.id = page.location_id
    JOIN organizations o ON o.id = s.organization_id`);
  return new Map(result.rows.map((row) => [`${row.service_id}/${row.location_id}`, row]));
}
