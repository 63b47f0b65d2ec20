import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { TBranchListQuery } from "../../../shared/contracts/branches.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import { branches } from "./branches.schema.ts";

export type BranchRow = typeof branches.$inferSelect;

export async function findBranch(db: Queryable, id: string): Promise<BranchRow | undefined> {
  const [row] = await db.select().from(branches).where(eq(branches.id, id));
  return row;
}

export async function findBranches(db: Queryable, ids: string[]): Promise<BranchRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(branches).where(inArray(branches.id, ids));
}

export async function listBranches(
  db: Queryable,
  query: TBranchListQuery,
): Promise<{ rows: BranchRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.region?.length) conditions.push(inArray(branches.regionCode, query.region));
  if (query.kind) conditions.push(eq(branches.kind, query.kind));
  if (query.q) conditions.push(localizedContains(branches.name, query.q));
  const where = and(...conditions);
  const order = {
    name: [asc(localizedSortKey(branches.name))],
    "-name": [desc(localizedSortKey(branches.name))],
    createdAt: [asc(branches.createdAt)],
    "-createdAt": [desc(branches.createdAt)],
    region: [asc(branches.regionCode), asc(localizedSortKey(branches.name))],
  }[query.sort];
  const [totalRow] = await db.select({ total: count() }).from(branches).where(where);
  const rows = await db
    .select()
    .from(branches)
    .where(where)
    .orderBy(...order, asc(branches.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows, total: totalRow?.total ?? 0 };
}
