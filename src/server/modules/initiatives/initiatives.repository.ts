import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { TInitiativeListQuery, TReach } from "../../../shared/contracts/initiatives.ts";
import type { Queryable } from "../../db/client.ts";
import { offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { memoranda, memorandumParties } from "../memoranda/memoranda.schema.ts";
import { visibleMemoranda } from "../memoranda/memoranda.visibility.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { initiativeMemoranda, initiativeOrganizations, initiatives } from "./initiatives.schema.ts";

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeRecord = InitiativeRow & { memorandumIds: string[]; organizationIds: string[] };

/**
 * Which initiatives exist for the caller: those whose every memorandum (one at least) the caller sees,
 * so anonymous callers need them all signed; admins and viewers see all of them, a coordinator also
 * those of its regions, a partner also those it takes part in. Without this a partner or another
 * region's coordinator would learn of (and the ids of) memoranda still in draft.
 */
function visibleTo(db: Queryable, principal: Principal): SQL | undefined {
  const everyMemorandum = visibleMemoranda(principal);
  if (!everyMemorandum) return undefined;
  const linked = db
    .select({ one: sql`1` })
    .from(initiativeMemoranda)
    .where(eq(initiativeMemoranda.initiativeId, initiatives.id));
  const hidden = db
    .select({ one: sql`1` })
    .from(initiativeMemoranda)
    .innerJoin(memoranda, eq(memoranda.id, initiativeMemoranda.memorandumId))
    .where(and(eq(initiativeMemoranda.initiativeId, initiatives.id), sql`not (${everyMemorandum})`));
  const underVisibleMemoranda = and(exists(linked), notExists(hidden));
  if (principal.kind !== "user") return underVisibleMemoranda;
  if (principal.role === "coordinator") {
    return principal.regionCodes.length
      ? or(underVisibleMemoranda, inArray(initiatives.regionCode, principal.regionCodes))
      : underVisibleMemoranda;
  }
  const takesPart = principal.organizationId
    ? exists(
        db
          .select({ one: sql`1` })
          .from(initiativeOrganizations)
          .where(
            and(
              eq(initiativeOrganizations.initiativeId, initiatives.id),
              eq(initiativeOrganizations.organizationId, principal.organizationId),
            ),
          ),
      )
    : undefined;
  return takesPart ? or(underVisibleMemoranda, takesPart) : underVisibleMemoranda;
}

async function attachLinks(db: Queryable, rows: InitiativeRow[]): Promise<InitiativeRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [memorandumLinks, organizationLinks] = await Promise.all([
    db.select().from(initiativeMemoranda).where(inArray(initiativeMemoranda.initiativeId, ids)),
    db.select().from(initiativeOrganizations).where(inArray(initiativeOrganizations.initiativeId, ids)),
  ]);
  return rows.map((row) => ({
    ...row,
    memorandumIds: memorandumLinks
      .filter((l) => l.initiativeId === row.id)
      .map((l) => l.memorandumId)
      .sort(),
    organizationIds: organizationLinks
      .filter((l) => l.initiativeId === row.id)
      .map((l) => l.organizationId)
      .sort(),
  }));
}

export async function findInitiative(
  db: Queryable,
  id: string,
  principal: Principal,
): Promise<InitiativeRecord | undefined> {
  const rows = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, id), visibleTo(db, principal)));
  const [record] = await attachLinks(db, rows);
  return record;
}

export async function listInitiatives(
  db: Queryable,
  query: TInitiativeListQuery,
  principal: Principal,
): Promise<{ records: InitiativeRecord[]; total: number; reachTotals: TReach }> {
  const conditions: (SQL | undefined)[] = [visibleTo(db, principal)];
  if (query.region?.length) conditions.push(inArray(initiatives.regionCode, query.region));
  if (query.type?.length) conditions.push(inArray(initiatives.type, query.type));
  if (query.from)
    conditions.push(gte(sql`coalesce(${initiatives.endDate}, ${initiatives.startDate})`, query.from));
  if (query.to) conditions.push(lte(initiatives.startDate, query.to));
  if (query.memorandum) {
    // Only a memorandum the caller may see: another's draft is as unknown here as a missing one.
    const link = db
      .select({ one: sql`1` })
      .from(initiativeMemoranda)
      .innerJoin(memoranda, eq(memoranda.id, initiativeMemoranda.memorandumId))
      .where(
        and(
          eq(initiativeMemoranda.initiativeId, initiatives.id),
          eq(initiativeMemoranda.memorandumId, query.memorandum),
          visibleMemoranda(principal),
        ),
      );
    conditions.push(exists(link));
  }
  if (query.organization) {
    const link = db
      .select({ one: sql`1` })
      .from(initiativeOrganizations)
      .where(
        and(
          eq(initiativeOrganizations.initiativeId, initiatives.id),
          eq(initiativeOrganizations.organizationId, query.organization),
        ),
      );
    conditions.push(exists(link));
  }
  const where = and(...conditions);
  const order = {
    date: [asc(initiatives.startDate)],
    "-date": [desc(initiatives.startDate)],
    createdAt: [asc(initiatives.createdAt)],
    "-createdAt": [desc(initiatives.createdAt)],
  }[query.sort];
  const [summary] = await db
    .select({
      total: count(),
      children: sql<number>`coalesce(sum(${initiatives.reachChildren}), 0)`.mapWith(Number),
      parents: sql<number>`coalesce(sum(${initiatives.reachParents}), 0)`.mapWith(Number),
      specialists: sql<number>`coalesce(sum(${initiatives.reachSpecialists}), 0)`.mapWith(Number),
    })
    .from(initiatives)
    .where(where);
  const rows = await db
    .select()
    .from(initiatives)
    .where(where)
    .orderBy(...order, asc(initiatives.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return {
    records: await attachLinks(db, rows),
    total: summary?.total ?? 0,
    reachTotals: {
      children: summary?.children ?? 0,
      parents: summary?.parents ?? 0,
      specialists: summary?.specialists ?? 0,
    },
  };
}

/** Of `memorandumIds`, those the organization is a party to. */
export async function memorandaWithParty(
  db: Queryable,
  organizationId: string,
  memorandumIds: readonly string[],
): Promise<Set<string>> {
  if (memorandumIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: memorandumParties.memorandumId })
    .from(memorandumParties)
    .where(
      and(
        eq(memorandumParties.organizationId, organizationId),
        inArray(memorandumParties.memorandumId, [...memorandumIds]),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** The memoranda among `ids` that exist for the caller. */
export async function existingMemorandumIds(
  db: Queryable,
  ids: readonly string[],
  principal: Principal,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: memoranda.id })
    .from(memoranda)
    .where(and(inArray(memoranda.id, [...ids]), visibleMemoranda(principal)));
  return new Set(rows.map((row) => row.id));
}

export async function existingOrganizationIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

/** Makes the stored links equal `wanted`, touching only the rows that change so the audit trail stays readable. */
export async function syncInitiativeLinks(
  tx: Queryable,
  initiativeId: string,
  wanted: { memorandumIds?: string[]; organizationIds?: string[] },
  current: { memorandumIds: string[]; organizationIds: string[] },
): Promise<void> {
  if (wanted.memorandumIds) {
    const removed = current.memorandumIds.filter((id) => !wanted.memorandumIds?.includes(id));
    const added = wanted.memorandumIds.filter((id) => !current.memorandumIds.includes(id));
    if (removed.length) {
      await tx
        .delete(initiativeMemoranda)
        .where(
          and(
            eq(initiativeMemoranda.initiativeId, initiativeId),
            inArray(initiativeMemoranda.memorandumId, removed),
          ),
        );
    }
    if (added.length) {
      await tx
        .insert(initiativeMemoranda)
        .values(added.map((memorandumId) => ({ initiativeId, memorandumId })));
    }
  }
  if (wanted.organizationIds) {
    const removed = current.organizationIds.filter((id) => !wanted.organizationIds?.includes(id));
    const added = wanted.organizationIds.filter((id) => !current.organizationIds.includes(id));
    if (removed.length) {
      await tx
        .delete(initiativeOrganizations)
        .where(
          and(
            eq(initiativeOrganizations.initiativeId, initiativeId),
            inArray(initiativeOrganizations.organizationId, removed),
          ),
        );
    }
    if (added.length) {
      await tx
        .insert(initiativeOrganizations)
        .values(added.map((organizationId) => ({ initiativeId, organizationId })));
    }
  }
}
