import { type SQL, sql } from "drizzle-orm";
import type { TReach } from "../../../shared/contracts/analytics.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";

/** Which initiatives the figures count; `regionCodes` is already narrowed to the caller's scope. */
export interface InitiativesFilter {
  regionCodes: string[] | null;
  organizationTypes: string[] | null;
  period: { from: string; to: string };
}

/** Initiatives of the regions and organization types that started in the period (alias `i`). */
export function initiativesConditions(filter: InitiativesFilter): SQL {
  const inRegions =
    filter.regionCodes === null
      ? sql`true`
      : sql`i.region_code = ANY(${sql.param(filter.regionCodes)}::text[])`;
  const ofTypes =
    filter.organizationTypes === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM initiative_organizations io JOIN organizations o ON o.id = io.organization_id
          WHERE io.initiative_id = i.id AND o.type::text = ANY(${sql.param(filter.organizationTypes)}::text[]))`;
  return sql`${inRegions} AND ${ofTypes} AND i.start_date BETWEEN ${filter.period.from}::date AND ${filter.period.to}::date`;
}

const REACH = sql`count(DISTINCT i.id)::int AS initiatives, coalesce(sum(i.reach_children), 0)::int AS children,
  coalesce(sum(i.reach_parents), 0)::int AS parents, coalesce(sum(i.reach_specialists), 0)::int AS specialists`;

type ReachRow = TReach & { key: string | null };

/** Reach grouped by `key` (null: one row for all). */
async function reachBy(db: Queryable, key: SQL | null, where: SQL): Promise<ReachRow[]> {
  const result = await db.execute<ReachRow>(sql`
    SELECT ${key ?? sql`NULL::text`} AS key, ${REACH} FROM initiatives i WHERE ${where}
    ${key ? sql`GROUP BY 1 ORDER BY 1` : sql``}`);
  return result.rows;
}

export const reachTotals = async (db: Queryable, where: SQL): Promise<TReach> => {
  const [row] = await reachBy(db, null, where);
  return {
    initiatives: row?.initiatives ?? 0,
    children: row?.children ?? 0,
    parents: row?.parents ?? 0,
    specialists: row?.specialists ?? 0,
  };
};

export const reachByMonth = (db: Queryable, where: SQL) =>
  reachBy(db, sql`to_char(i.start_date, 'YYYY-MM')`, where);

export const reachByRegion = (db: Queryable, where: SQL) => reachBy(db, sql`i.region_code`, where);

/** Reach per memorandum the initiatives ran under; an initiative under two memoranda counts for each. */
export async function reachByMemorandum(db: Queryable, where: SQL) {
  const result = await db.execute<
    TReach & { memorandum_id: string; number: string | null; title: TLocalizedText }
  >(sql`
    SELECT m.id AS memorandum_id, m.number, m.title, ${REACH}
    FROM initiatives i
    JOIN initiative_memoranda im ON im.initiative_id = i.id
    JOIN memoranda m ON m.id = im.memorandum_id
    WHERE ${where}
    GROUP BY m.id ORDER BY children DESC, m.id`);
  return result.rows.map(({ memorandum_id, ...row }) => ({ memorandumId: memorandum_id, ...row }));
}

/** Practices described in the listed regions with the regions that replicated them, most replicated first. */
export async function practicesWithReplications(db: Queryable, regionCodes: string[] | null) {
  const inRegions =
    regionCodes === null ? sql`true` : sql`p.region_code = ANY(${sql.param(regionCodes)}::text[])`;
  const result = await db.execute<{
    id: string;
    title: TLocalizedText;
    region_code: string;
    published: boolean;
    replicated_in: string[];
  }>(sql`
    SELECT p.id, p.title, p.region_code, p.published,
      ARRAY(SELECT r.region_code FROM practice_replications r WHERE r.practice_id = p.id ORDER BY 1) AS replicated_in
    FROM practices p WHERE ${inRegions}
    ORDER BY (SELECT count(*) FROM practice_replications r WHERE r.practice_id = p.id) DESC, p.created_at, p.id`);
  return result.rows.map((row) => ({
    id: row.id,
    title: row.title,
    regionCode: row.region_code,
    published: row.published,
    replications: row.replicated_in.length,
    replicatedIn: row.replicated_in,
  }));
}
