import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { HOME_LIST_LIMIT, type THome } from "../../../shared/contracts/home.ts";
import type { Queryable } from "../../db/client.ts";
import { initiatives } from "../initiatives/initiatives.schema.ts";
import { commitments, memoranda } from "../memoranda/memoranda.schema.ts";
import { lifecycleSql } from "../memoranda/memorandum-lifecycle.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { services } from "../services/services.schema.ts";
import {
  expiringMemorandum,
  overdueCommitment,
  staleOrganization,
  staleService,
} from "./attention.conditions.ts";
import type { HomeConditions } from "./home.policy.ts";

async function total(query: Promise<Array<{ total: number }>>): Promise<number> {
  const [row] = await query;
  return Number(row?.total ?? 0);
}

export async function countHome(
  db: Queryable,
  where: HomeConditions,
  windowDays: number,
  maxAgeDays: number,
): Promise<Omit<THome["counts"], "openReports">> {
  const lifecycle = lifecycleSql(windowDays);
  const [
    activeOrganizations,
    activeServices,
    inForce,
    inPreparation,
    expiring,
    initiativeTotals,
    overdue,
    staleServices,
    staleOrganizations,
  ] = await Promise.all([
    total(
      db
        .select({ total: count() })
        .from(organizations)
        .where(
          // A merged duplicate is archived, so it is not counted.
          and(eq(organizations.status, "active"), where.organizations),
        ),
    ),
    total(
      db
        .select({ total: count() })
        .from(services)
        .where(and(eq(services.status, "active"), where.services)),
    ),
    total(
      db
        .select({ total: count() })
        .from(memoranda)
        .where(and(inArray(lifecycle, ["active", "expiring"]), where.memoranda)),
    ),
    total(
      db
        .select({ total: count() })
        .from(memoranda)
        .where(and(inArray(memoranda.reviewState, ["draft", "in_review", "approved"]), where.memoranda)),
    ),
    total(
      db
        .select({ total: count() })
        .from(memoranda)
        .where(and(expiringMemorandum(windowDays), where.memoranda)),
    ),
    db
      .select({
        total: count(),
        children: sql<number>`coalesce(sum(${initiatives.reachChildren}), 0)::int`,
      })
      .from(initiatives)
      .where(where.initiatives),
    total(
      db
        .select({ total: count() })
        .from(commitments)
        .innerJoin(memoranda, eq(memoranda.id, commitments.memorandumId))
        .where(overdueCommitment(where.memoranda)),
    ),
    total(
      db
        .select({ total: count() })
        .from(services)
        .where(and(staleService(maxAgeDays), where.services)),
    ),
    total(
      db
        .select({ total: count() })
        .from(organizations)
        .where(and(staleOrganization(maxAgeDays), where.organizations)),
    ),
  ]);
  return {
    organizations: activeOrganizations,
    services: activeServices,
    memorandaInForce: inForce,
    memorandaInPreparation: inPreparation,
    initiatives: Number(initiativeTotals[0]?.total ?? 0),
    childrenReached: Number(initiativeTotals[0]?.children ?? 0),
    expiringMemoranda: expiring,
    overdueCommitments: overdue,
    staleListings: staleServices + staleOrganizations,
  };
}

export async function listExpiringMemoranda(
  db: Queryable,
  where: HomeConditions,
  windowDays: number,
): Promise<THome["expiringMemoranda"]> {
  const lifecycle = lifecycleSql(windowDays);
  return db
    .select({
      id: memoranda.id,
      number: memoranda.number,
      title: memoranda.title,
      endDate: memoranda.endDate,
      lifecycle,
    })
    .from(memoranda)
    .where(and(expiringMemorandum(windowDays), where.memoranda))
    .orderBy(asc(memoranda.endDate), asc(memoranda.id))
    .limit(HOME_LIST_LIMIT);
}

export async function listOverdueCommitments(
  db: Queryable,
  where: HomeConditions,
): Promise<THome["overdueCommitments"]> {
  return db
    .select({
      id: commitments.id,
      memorandumId: commitments.memorandumId,
      memorandumTitle: memoranda.title,
      text: commitments.text,
      dueDate: commitments.dueDate,
      status: commitments.status,
    })
    .from(commitments)
    .innerJoin(memoranda, eq(memoranda.id, commitments.memorandumId))
    .where(overdueCommitment(where.memoranda))
    .orderBy(asc(commitments.dueDate), asc(commitments.id))
    .limit(HOME_LIST_LIMIT);
}

/** Services and organizations together: never verified first, then the oldest verification. */
export async function listStaleListings(
  db: Queryable,
  where: HomeConditions,
  maxAgeDays: number,
): Promise<THome["staleListings"]> {
  const order = (column: typeof services.lastVerifiedAt | typeof organizations.lastVerifiedAt) =>
    sql`${column} asc nulls first`;
  const [serviceRows, organizationRows] = await Promise.all([
    db
      .select({ id: services.id, name: services.name, lastVerifiedAt: services.lastVerifiedAt })
      .from(services)
      .where(and(staleService(maxAgeDays), where.services))
      .orderBy(order(services.lastVerifiedAt), asc(services.id))
      .limit(HOME_LIST_LIMIT),
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        lastVerifiedAt: organizations.lastVerifiedAt,
      })
      .from(organizations)
      .where(and(staleOrganization(maxAgeDays), where.organizations))
      .orderBy(order(organizations.lastVerifiedAt), asc(organizations.id))
      .limit(HOME_LIST_LIMIT),
  ]);
  const rows = [
    ...serviceRows.map((row) => ({ kind: "service" as const, ...row })),
    ...organizationRows.map((row) => ({ kind: "organization" as const, ...row })),
  ];
  const time = (value: Date | null) => value?.getTime() ?? Number.NEGATIVE_INFINITY;
  return rows
    .sort((a, b) => time(a.lastVerifiedAt) - time(b.lastVerifiedAt))
    .slice(0, HOME_LIST_LIMIT)
    .map((row) => ({
      kind: row.kind,
      id: row.id,
      name: row.name,
      lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    }));
}
