import {
  and,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { AGE_BAND_RANGES } from "../../../shared/age-bands.ts";
import type { TOrganizationListQuery } from "../../../shared/contracts/organizations.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { serviceVisibility } from "../services/services.policy.ts";
import { locations, serviceLocations, services } from "../services/services.schema.ts";
import { organizationVisibility } from "./organizations.policy.ts";
import { organizationRegions, organizations } from "./organizations.schema.ts";

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationRecord = OrganizationRow & { regionsServed: string[] };

/** Any organization, visible or not: for writes that have already been authorized. */
export async function findOrganization(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** The organization if the caller may see it; otherwise it does not exist for them. */
export async function findVisibleOrganization(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<OrganizationRecord | undefined> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), organizationVisibility(principal)));
  if (!row) return undefined;
  const regions = await regionsServedBy(db, [row.id]);
  return { ...row, regionsServed: regions.get(row.id) ?? [] };
}

export async function regionsServedBy(db: Queryable, ids: string[]): Promise<Map<string, string[]>> {
  const byOrganization = new Map<string, string[]>();
  if (ids.length === 0) return byOrganization;
  const rows = await db
    .select()
    .from(organizationRegions)
    .where(inArray(organizationRegions.organizationId, ids))
    .orderBy(asc(organizationRegions.regionCode));
  for (const row of rows) {
    byOrganization.set(row.organizationId, [
      ...(byOrganization.get(row.organizationId) ?? []),
      row.regionCode,
    ]);
  }
  return byOrganization;
}

export async function replaceOrganizationRegions(
  db: Queryable,
  id: string,
  codes: readonly string[],
): Promise<void> {
  await db.delete(organizationRegions).where(eq(organizationRegions.organizationId, id));
  const unique = [...new Set(codes)];
  if (unique.length > 0) {
    await db
      .insert(organizationRegions)
      .values(unique.map((regionCode) => ({ organizationId: id, regionCode })));
  }
}

export async function organizationIdWithBin(db: Queryable, bin: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.bin, bin));
  return row?.id;
}

function listConditions(principal: Principal, query: TOrganizationListQuery): SQL | undefined {
  const conditions: Array<SQL | undefined> = [organizationVisibility(principal)];
  if (query.q) conditions.push(localizedContains(organizations.name, query.q));
  if (query.region?.length) {
    conditions.push(
      sql`exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${organizations.id} and ${inArray(organizationRegions.regionCode, query.region)})`,
    );
  }
  if (query.type?.length) conditions.push(inArray(organizations.type, query.type));
  if (query.level?.length) conditions.push(inArray(organizations.level, query.level));
  if (query.targetGroup?.length)
    conditions.push(arrayOverlaps(organizations.targetGroups, query.targetGroup));
  if (query.status) conditions.push(eq(organizations.status, query.status));
  if (query.published !== undefined) conditions.push(eq(organizations.published, query.published));
  if (query.verified !== undefined) {
    conditions.push(
      query.verified ? isNotNull(organizations.lastVerifiedAt) : isNull(organizations.lastVerifiedAt),
    );
  }
  conditions.push(offersService(principal, query));
  return and(...conditions);
}

/**
 * One active service of the organization that the caller may see (a hidden one must not give its
 * organization away) meets every service filter given (a location in one of the
 * regions, one of the categories, an age range overlapping the band): what makes it a partner of a
 * coverage cell (coverage_source). No service filter, no condition.
 */
function offersService(principal: Principal, query: TOrganizationListQuery): SQL | undefined {
  const { serviceRegion, category, ageBand } = query;
  if (!serviceRegion?.length && !category?.length && !ageBand) return undefined;
  const band = ageBand ? AGE_BAND_RANGES[ageBand] : undefined;
  const matches = and(
    eq(services.organizationId, organizations.id),
    eq(services.status, "active"),
    serviceVisibility(principal),
    category?.length ? arrayOverlaps(services.categoryCodes, category) : undefined,
    band ? or(isNull(services.minAge), sql`${services.minAge} <= ${band.max}`) : undefined,
    band ? or(isNull(services.maxAge), sql`${services.maxAge} >= ${band.min}`) : undefined,
    serviceRegion?.length
      ? sql`exists (select 1 from ${serviceLocations} inner join ${locations} on ${locations.id} = ${serviceLocations.locationId} where ${serviceLocations.serviceId} = ${services.id} and ${inArray(locations.regionCode, serviceRegion)})`
      : undefined,
  );
  return sql`exists (select 1 from ${services} where ${matches})`;
}

export async function listOrganizations(
  db: Queryable,
  principal: Principal,
  query: TOrganizationListQuery,
): Promise<{ rows: OrganizationRecord[]; total: number }> {
  const where = listConditions(principal, query);
  const order = {
    name: [asc(localizedSortKey(organizations.name))],
    "-name": [desc(localizedSortKey(organizations.name))],
    createdAt: [asc(organizations.createdAt)],
    "-createdAt": [desc(organizations.createdAt)],
    // Never verified first: those need checking most.
    lastVerifiedAt: [sql`${organizations.lastVerifiedAt} asc nulls first`],
    "-lastVerifiedAt": [sql`${organizations.lastVerifiedAt} desc nulls last`],
  }[query.sort];
  const [totalRow] = await db.select({ total: count() }).from(organizations).where(where);
  const rows = await db
    .select()
    .from(organizations)
    .where(where)
    .orderBy(...order, asc(organizations.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  const regions = await regionsServedBy(
    db,
    rows.map((row) => row.id),
  );
  return {
    rows: rows.map((row) => ({ ...row, regionsServed: regions.get(row.id) ?? [] })),
    total: totalRow?.total ?? 0,
  };
}
