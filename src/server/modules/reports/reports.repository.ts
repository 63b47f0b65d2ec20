import { and, asc, count, desc, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { TReportListQuery } from "../../../shared/contracts/reports.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";
import { offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { services } from "../services/services.schema.ts";
import { reportVisibility } from "./reports.policy.ts";
import { problemReports } from "./reports.schema.ts";

export type ReportRow = typeof problemReports.$inferSelect;
export type NewReportRow = typeof problemReports.$inferInsert;
export type ReportRecord = ReportRow & { entityName: TLocalizedText | null };

/** The reported listing's name, whichever kind it is. */
export const reportedEntityName = sql<TLocalizedText | null>`coalesce(
  (select ${services.name} from ${services} where ${problemReports.entityKind} = 'service' and ${services.id} = ${problemReports.entityId}),
  (select ${organizations.name} from ${organizations} where ${problemReports.entityKind} = 'organization' and ${organizations.id} = ${problemReports.entityId}))`;

const selection = { ...getTableColumns(problemReports), entityName: reportedEntityName };

export async function findVisibleReport(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<ReportRecord | undefined> {
  const [row] = await db
    .select(selection)
    .from(problemReports)
    .where(and(eq(problemReports.id, id), reportVisibility(principal)));
  return row;
}

export async function listReports(
  db: Queryable,
  principal: Principal,
  query: TReportListQuery,
): Promise<{ rows: ReportRecord[]; total: number }> {
  const conditions: Array<SQL | undefined> = [reportVisibility(principal)];
  if (query.status) conditions.push(eq(problemReports.status, query.status));
  if (query.entityKind) conditions.push(eq(problemReports.entityKind, query.entityKind));
  if (query.entityId) conditions.push(eq(problemReports.entityId, query.entityId));
  const where = and(...conditions);
  const order = query.sort === "createdAt" ? asc(problemReports.createdAt) : desc(problemReports.createdAt);
  const [totalRow] = await db.select({ total: count() }).from(problemReports).where(where);
  const rows = await db
    .select(selection)
    .from(problemReports)
    .where(where)
    .orderBy(order, asc(problemReports.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows, total: totalRow?.total ?? 0 };
}

/** How many reports came from one address hash in the last `seconds` (by the database clock). */
export async function countRecentReportsFrom(
  db: Queryable,
  ipHash: string,
  seconds: number,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(problemReports)
    .where(
      and(
        eq(problemReports.ipHash, ipHash),
        sql`${problemReports.createdAt} > now() - make_interval(secs => ${seconds})`,
      ),
    );
  return row?.total ?? 0;
}

export async function insertReport(db: Queryable, values: NewReportRow): Promise<void> {
  await db.insert(problemReports).values(values);
}

/** Marks an open report resolved; undefined when it was not open (any more). */
export async function markResolved(
  db: Queryable,
  id: string,
  note: string,
  resolvedBy: string,
): Promise<string | undefined> {
  const [row] = await db
    .update(problemReports)
    .set({ status: "resolved", resolutionNote: note, resolvedBy, resolvedAt: sql`now()` })
    .where(and(eq(problemReports.id, id), eq(problemReports.status, "open")))
    .returning({ id: problemReports.id });
  return row?.id;
}
