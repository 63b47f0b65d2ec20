import { sql } from "drizzle-orm";
import type { TPopulationUpdate, TRegionPopulation } from "../../../shared/contracts/analytics.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";

type PopulationRow = {
  region_code: string;
  region_name: TLocalizedText;
  children: number | null;
  year: number | null;
  source: string | null;
  updated_at: string | null;
};

const present = (row: PopulationRow): TRegionPopulation => ({
  regionCode: row.region_code,
  regionName: row.region_name,
  children: row.children,
  year: row.year,
  source: row.source,
  updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
});

/** Every region (or the listed ones) with its entered child population, in display order. */
export async function listPopulation(
  db: Queryable,
  regionCodes: string[] | null,
): Promise<TRegionPopulation[]> {
  const inRegions = regionCodes === null ? sql`true` : sql`r.code = ANY(${sql.param(regionCodes)}::text[])`;
  const result = await db.execute<PopulationRow>(sql`
    SELECT r.code AS region_code, r.name AS region_name, p.children, p.year, p.source, p.updated_at
    FROM regions r LEFT JOIN region_child_population p ON p.region_code = r.code
    WHERE ${inRegions} ORDER BY r.sort_order`);
  return result.rows.map(present);
}

export async function regionExists(db: Queryable, regionCode: string): Promise<boolean> {
  const result = await db.execute(sql`SELECT 1 FROM regions WHERE code = ${regionCode}`);
  return result.rows.length > 0;
}

export async function upsertPopulation(
  db: Queryable,
  regionCode: string,
  input: TPopulationUpdate,
  actorId: string,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO region_child_population (region_code, children, year, source, updated_by, updated_at)
    VALUES (${regionCode}, ${input.children}, ${input.year}, ${input.source}, ${actorId}, now())
    ON CONFLICT (region_code) DO UPDATE SET children = excluded.children, year = excluded.year,
      source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
}
