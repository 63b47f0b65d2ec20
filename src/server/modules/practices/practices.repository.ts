import { and, arrayContains, asc, count, desc, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import type { TPracticeListQuery } from "../../../shared/contracts/practices.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { branches } from "../branches/branches.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { practiceReplications, practices } from "./practices.schema.ts";

export type PracticeRow = typeof practices.$inferSelect;
export type ReplicationRow = Omit<typeof practiceReplications.$inferSelect, "practiceId">;
export type PracticeRecord = PracticeRow & { replications: ReplicationRow[] };

/** Anonymous callers see published practices only; staff see drafts too. */
const visibleTo = (principal: Principal): SQL | undefined =>
  principal.kind === "user" ? undefined : eq(practices.published, true);

async function attachReplications(db: Queryable, rows: PracticeRow[]): Promise<PracticeRecord[]> {
  if (rows.length === 0) return [];
  const replications = await db
    .select()
    .from(practiceReplications)
    .where(
      inArray(
        practiceReplications.practiceId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(practiceReplications.regionCode));
  return rows.map((row) => ({
    ...row,
    replications: replications
      .filter((r) => r.practiceId === row.id)
      .map(({ regionCode, year, note }) => ({ regionCode, year, note })),
  }));
}

export async function findPractice(
  db: Queryable,
  id: string,
  principal: Principal,
): Promise<PracticeRecord | undefined> {
  const rows = await db
    .select()
    .from(practices)
    .where(and(eq(practices.id, id), visibleTo(principal)));
  const [record] = await attachReplications(db, rows);
  return record;
}

export async function listPractices(
  db: Queryable,
  query: TPracticeListQuery,
  principal: Principal,
): Promise<{ records: PracticeRecord[]; total: number }> {
  const conditions: (SQL | undefined)[] = [visibleTo(principal)];
  if (query.published !== undefined) conditions.push(eq(practices.published, query.published));
  if (query.organization) conditions.push(eq(practices.organizationId, query.organization));
  if (query.tag?.length) conditions.push(arrayContains(practices.tags, query.tag));
  if (query.q) {
    conditions.push(
      or(
        localizedContains(practices.title, query.q),
        localizedContains(practices.summary, query.q),
        localizedContains(practices.body, query.q),
      ),
    );
  }
  if (query.region?.length) {
    const replicated = db
      .select({ one: sql`1` })
      .from(practiceReplications)
      .where(
        and(
          eq(practiceReplications.practiceId, practices.id),
          inArray(practiceReplications.regionCode, query.region),
        ),
      );
    conditions.push(or(inArray(practices.regionCode, query.region), exists(replicated)));
  }
  const where = and(...conditions);
  const order = {
    title: [asc(localizedSortKey(practices.title))],
    "-title": [desc(localizedSortKey(practices.title))],
    updatedAt: [asc(practices.updatedAt)],
    "-updatedAt": [desc(practices.updatedAt)],
  }[query.sort];
  const [totalRow] = await db.select({ total: count() }).from(practices).where(where);
  const rows = await db
    .select()
    .from(practices)
    .where(where)
    .orderBy(...order, asc(practices.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { records: await attachReplications(db, rows), total: totalRow?.total ?? 0 };
}

export async function organizationExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

export async function branchExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.select({ id: branches.id }).from(branches).where(eq(branches.id, id));
  return row !== undefined;
}

/** Makes the stored replications equal `wanted`: drops regions no longer listed, upserts the rest. */
export async function replaceReplications(
  tx: Queryable,
  practiceId: string,
  wanted: ReplicationRow[],
  current: ReplicationRow[],
): Promise<void> {
  const wantedRegions = wanted.map((r) => r.regionCode);
  const removed = current.filter((r) => !wantedRegions.includes(r.regionCode)).map((r) => r.regionCode);
  if (removed.length) {
    await tx
      .delete(practiceReplications)
      .where(
        and(
          eq(practiceReplications.practiceId, practiceId),
          inArray(practiceReplications.regionCode, removed),
        ),
      );
  }
  const changed = wanted.filter((w) => {
    const stored = current.find((c) => c.regionCode === w.regionCode);
    return !stored || stored.year !== w.year || stored.note !== w.note;
  });
  if (changed.length) {
    await tx
      .insert(practiceReplications)
      .values(changed.map((r) => ({ practiceId, ...r })))
      .onConflictDoUpdate({
        target: [practiceReplications.practiceId, practiceReplications.regionCode],
        set: { year: sql`excluded.year`, note: sql`excluded.note` },
      });
  }
}
