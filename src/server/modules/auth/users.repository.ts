import { and, asc, count, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { TUser } from "../../../shared/contracts/users.ts";
import type { Role } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import { likePattern, offsetOf } from "../../db/query-helpers.ts";
import { userRegions, users } from "./auth.schema.ts";

type UserRow = typeof users.$inferSelect;

async function regionsByUser(db: Queryable, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select()
    .from(userRegions)
    .where(inArray(userRegions.userId, ids))
    .orderBy(asc(userRegions.regionCode));
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row.regionCode]);
  return map;
}

function present(row: UserRow, regionCodes: string[]): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regionCodes,
    organizationId: row.organizationId,
    locale: row.locale,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findUser(db: Queryable, id: string): Promise<TUser | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) return undefined;
  return present(row, (await regionsByUser(db, [id])).get(id) ?? []);
}

export async function findUserIdByEmail(db: Queryable, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  return row?.id;
}

export async function listUsers(
  db: Queryable,
  filter: { role?: Role; q?: string; page: number; perPage: number },
): Promise<{ items: TUser[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(filter.perPage)
    .offset(offsetOf(filter.page, filter.perPage));
  const regions = await regionsByUser(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((row) => present(row, regions.get(row.id) ?? [])), total: totalRow?.total ?? 0 };
}

export async function replaceUserRegions(
  db: Queryable,
  userId: string,
  regionCodes: string[],
): Promise<void> {
  await db.delete(userRegions).where(eq(userRegions.userId, userId));
  if (regionCodes.length > 0) {
    await db
      .insert(userRegions)
      .values([...new Set(regionCodes)].map((regionCode) => ({ userId, regionCode })));
  }
}
