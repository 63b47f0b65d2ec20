import { type SQL, sql } from "drizzle-orm";
import { AGE_BANDS, type AgeBand } from "../../../shared/contracts/analytics.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";
import { inForceBySql, inForceFromSql, lifecycleSql } from "../memoranda/memorandum-lifecycle.ts";

/** What the matrix reads; `regionCodes` null means every region (already narrowed to the caller's scope). */
export interface CoverageFilter {
  regionCodes: string[] | null;
  categoryCodes: string[] | null;
  organizationTypes: string[] | null;
  ageBand: AgeBand | null;
  period: { from: string; to: string } | null;
}

export interface CellCounts {
  regionCode: string;
  /** '*' is the region over all categories. */
  categoryCode: string;
  services: number;
  freeServices: number;
  stateFundedServices: number;
  partners: number;
}

export interface CoverageRows {
  regions: Array<{ code: string; name: TLocalizedText; children: number | null }>;
  categories: Array<{ code: string; name: TLocalizedText }>;
  cells: CellCounts[];
  /** Active memoranda per region; `total` counts one with branches in two listed regions once. */
  memoranda: { byRegion: Map<string, number>; total: number };
}

const ANY_CATEGORY = "*";
const ANY_AGE = -1;

const inList = (column: SQL, values: string[] | null): SQL =>
  values === null ? sql`true` : sql`${column} = ANY(${sql.param(values)}::text[])`;

function cellConditions(filter: CoverageFilter): SQL {
  const band = filter.ageBand === null ? ANY_AGE : AGE_BANDS.indexOf(filter.ageBand);
  const categories = filter.categoryCodes === null ? null : [...filter.categoryCodes, ANY_CATEGORY];
  return sql`age_band = ${band} AND ${inList(sql`region_code`, filter.regionCodes)}
    AND ${inList(sql`category_code`, categories)} AND ${inList(sql`organization_type`, filter.organizationTypes)}`;
}

/**
 * Signed memoranda with a branch party in the region: in force today (active or expiring), or, with a
 * period, in force on some day of it (started by its end, not ended or terminated before its start).
 */
function memorandumInForce(period: CoverageFilter["period"], expiringWindowDays: number): SQL {
  if (period === null) return sql`${lifecycleSql(expiringWindowDays)} IN ('active', 'expiring')`;
  return sql`${inForceBySql(period.to)} AND ${inForceFromSql(period.from)}`;
}

type Row = {
  regions: CoverageRows["regions"];
  categories: CoverageRows["categories"];
  cells: Array<[string, string, number, number, number, number]>;
  memoranda: Array<[string | null, number]>;
};

/**
 * Everything the matrix needs in one statement (one round trip, one plan): the regions with their child
 * population, the categories, services and partners per region × category (and per region over all
 * categories, '*') from the pre-aggregated cells — a few thousand rows whatever the number of services —
 * and the active memoranda per region. Partners add up only across organization types.
 */
export async function readCoverage(
  db: Queryable,
  filter: CoverageFilter,
  expiringWindowDays: number,
): Promise<CoverageRows> {
  const result = await db.execute<{ data: Row }>(coverageSql(filter, expiringWindowDays));
  return presentRows(result.rows[0]?.data as Row);
}

/** The statement of readCoverage. */
function coverageSql(filter: CoverageFilter, expiringWindowDays: number): SQL {
  const where = cellConditions(filter);
  return sql`
    WITH cells AS (
      SELECT region_code, category_code, sum(services)::int AS services, sum(free_services)::int AS free_services,
        sum(state_funded_services)::int AS state_funded_services, sum(partners)::int AS partners
      FROM coverage_cells WHERE ${where} AND services <> 0 GROUP BY 1, 2),
    m AS (
      SELECT b.region_code, count(DISTINCT memoranda.id)::int AS n
      FROM memoranda
      JOIN memorandum_parties mp ON mp.memorandum_id = memoranda.id
      JOIN branches b ON b.id = mp.branch_id
      WHERE memoranda.review_state = 'signed' AND ${memorandumInForce(filter.period, expiringWindowDays)}
        AND ${inList(sql`b.region_code`, filter.regionCodes)}
      GROUP BY GROUPING SETS ((b.region_code), ()))
    SELECT json_build_object(
      'regions', (SELECT coalesce(json_agg(json_build_object('code', r.code, 'name', r.name, 'children', pop.children)
          ORDER BY r.sort_order), '[]')
        FROM regions r LEFT JOIN region_child_population pop ON pop.region_code = r.code
        WHERE ${inList(sql`r.code`, filter.regionCodes)}),
      'categories', (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name) ORDER BY sort_order), '[]')
        FROM service_categories WHERE ${inList(sql`code`, filter.categoryCodes)}),
      'cells', (SELECT coalesce(json_agg(json_build_array(region_code, category_code, services, free_services,
          state_funded_services, partners)), '[]') FROM cells),
      'memoranda', (SELECT coalesce(json_agg(json_build_array(region_code, n)), '[]') FROM m)
    ) AS data`;
}

function presentRows(data: Row): CoverageRows {
  const byRegion = new Map<string, number>();
  let total = 0;
  for (const [regionCode, n] of data.memoranda) {
    if (regionCode === null) total = n;
    else byRegion.set(regionCode, n);
  }
  return {
    regions: data.regions,
    categories: data.categories,
    cells: data.cells.map(
      ([regionCode, categoryCode, services, freeServices, stateFundedServices, partners]) => ({
        regionCode,
        categoryCode,
        services,
        freeServices,
        stateFundedServices,
        partners,
      }),
    ),
    memoranda: { byRegion, total },
  };
}
