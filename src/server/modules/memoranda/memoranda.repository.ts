import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { TMemorandumListQuery } from "../../../shared/contracts/memoranda.ts";
import type { LifecycleStatus } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import { likePattern, localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { memoranda } from "./memoranda.schema.ts";
import {
  hasBranchParty,
  hasBranchPartyIn,
  hasOrganizationParty,
  visibleMemoranda,
} from "./memoranda.visibility.ts";
import { inForceBySql, inForceFromSql, lifecycleSql } from "./memorandum-lifecycle.ts";

export type MemorandumRow = typeof memoranda.$inferSelect & { lifecycle: LifecycleStatus | null };

const selection = (windowDays: number) => ({
  ...getTableColumns(memoranda),
  lifecycle: lifecycleSql(windowDays),
});

/** The memorandum if the caller may see it; `undefined` both when missing and when hidden. */
export async function findVisibleMemorandum(
  db: Queryable,
  principal: Principal,
  id: string,
  windowDays: number,
): Promise<MemorandumRow | undefined> {
  const [row] = await db
    .select(selection(windowDays))
    .from(memoranda)
    .where(and(eq(memoranda.id, id), visibleMemoranda(principal)));
  return row;
}

/** Linked memoranda (parent, amendments, renewals) the caller may see, oldest first. */
export async function findVisibleMemoranda(
  db: Queryable,
  principal: Principal,
  where: SQL,
  windowDays: number,
): Promise<MemorandumRow[]> {
  return db
    .select(selection(windowDays))
    .from(memoranda)
    .where(and(where, visibleMemoranda(principal)))
    .orderBy(asc(memoranda.createdAt), asc(memoranda.id));
}

export async function isNumberTaken(db: Queryable, number: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memoranda.id })
    .from(memoranda)
    .where(and(eq(memoranda.number, number), exceptId ? ne(memoranda.id, exceptId) : undefined));
  return row !== undefined;
}

function filtersOf(query: TMemorandumListQuery, windowDays: number): SQL[] {
  const conditions: SQL[] = [];
  if (query.region?.length) conditions.push(hasBranchPartyIn(query.region));
  if (query.reviewState?.length) conditions.push(inArray(memoranda.reviewState, query.reviewState));
  if (query.lifecycle?.length) conditions.push(inArray(lifecycleSql(windowDays), query.lifecycle));
  if (query.organization) conditions.push(hasOrganizationParty(query.organization));
  if (query.branch) conditions.push(hasBranchParty(query.branch));
  if (query.scope?.length) {
    conditions.push(sql`${memoranda.scopeAreas} && ARRAY[${sql.join(query.scope, sql`, `)}]::scope_area[]`);
  }
  if (query.q) {
    const byNumber = sql`${memoranda.number} ILIKE ${likePattern(query.q)}`;
    conditions.push(or(localizedContains(memoranda.title, query.q), byNumber) as SQL);
  }
  if (query.signedFrom) conditions.push(gte(memoranda.signedDate, query.signedFrom));
  if (query.signedTo) conditions.push(lte(memoranda.signedDate, query.signedTo));
  if (query.activeFrom) conditions.push(inForceFromSql(query.activeFrom));
  if (query.activeTo) conditions.push(inForceBySql(query.activeTo));
  return conditions;
}

const ORDER: Record<TMemorandumListQuery["sort"], SQL[]> = {
  title: [asc(localizedSortKey(memoranda.title))],
  "-title": [desc(localizedSortKey(memoranda.title))],
  signedDate: [sql`${memoranda.signedDate} ASC NULLS LAST`],
  "-signedDate": [sql`${memoranda.signedDate} DESC NULLS LAST`],
  endDate: [sql`${memoranda.endDate} ASC NULLS LAST`],
  "-endDate": [sql`${memoranda.endDate} DESC NULLS LAST`],
  createdAt: [asc(memoranda.createdAt)],
  "-createdAt": [desc(memoranda.createdAt)],
};

export async function listMemoranda(
  db: Queryable,
  principal: Principal,
  query: TMemorandumListQuery,
  windowDays: number,
): Promise<{ rows: MemorandumRow[]; total: number }> {
  const where = and(visibleMemoranda(principal), ...filtersOf(query, windowDays));
  const [totalRow] = await db.select({ total: count() }).from(memoranda).where(where);
  const rows = await db
    .select(selection(windowDays))
    .from(memoranda)
    .where(where)
    .orderBy(...ORDER[query.sort], asc(memoranda.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows, total: totalRow?.total ?? 0 };
}
