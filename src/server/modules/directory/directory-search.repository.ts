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

export async function rankedPage(
  db: Queryable,
  conditions: SQL[],
  rank: SQL,
  distance: SQL | null,
  limit: number,
  offset: number,
): Promise<RankedEntry[]> {
  const distanceColumn = distance ?? sql`NULL::double precision`;
  const result = await db.execute<{ service_id: string; location_id: string; distance: number | null }>(sql`
    SELECT de.service_id, de.location_id, ${distanceColumn} AS distance
    FROM directory_entries de
    ${whereOf(conditions)}
    ORDER BY ${rank} DESC, de.last_verified_at DESC NULLS LAST, ${distanceColumn} ASC NULLS LAST, de.service_id, de.location_id
    LIMIT ${limit} OFFSET ${offset}`);
  return result.rows.map((row) => ({
    serviceId: row.service_id,
    locationId: row.location_id,
    distanceKm: row.distance === null ? null : Math.round(row.distance * 10) / 10,
  }));
}

/** Counts per region, category, cost and language over the whole filtered set, in one scan. */
export async function facetCounts(db: Queryable, conditions: SQL[]): Promise<Facets> {
  const result = await db.execute<{ dim: keyof Facets; key: string; n: number }>(sql`
    WITH m AS MATERIALIZED (
      SELECT de.region_code, de.cost, de.category_codes, de.languages FROM directory_entries de ${whereOf(conditions)}
    )
    SELECT 'region' AS dim, region_code AS key, count(*)::int AS n FROM m GROUP BY region_code
    UNION ALL SELECT 'cost', cost, count(*)::int FROM m GROUP BY cost
    UNION ALL SELECT 'category', c, count(*)::int FROM m, unnest(m.category_codes) AS c GROUP BY c
    UNION ALL SELECT 'language', l, count(*)::int FROM m, unnest(m.languages) AS l GROUP BY l`);
  const facets: Facets = { region: [], category: [], cost: [], language: [] };
  for (const row of result.rows) facets[row.dim].push({ key: row.key, count: row.n });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return facets;
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
