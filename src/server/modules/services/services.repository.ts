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
import type { TServiceListQuery } from "../../../shared/contracts/services.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { type LocationRow, locationsOfServices } from "./locations.repository.ts";
import { serviceVisibility } from "./services.policy.ts";
import { locations, serviceLocations, services } from "./services.schema.ts";

export type ServiceRow = typeof services.$inferSelect;
export type ServiceRecord = ServiceRow & { locations: LocationRow[] };

async function withLocations(db: Queryable, rows: ServiceRow[]): Promise<ServiceRecord[]> {
  const byService = await locationsOfServices(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, locations: byService.get(row.id) ?? [] }));
}

/** The service if the caller may see it; otherwise it does not exist for them. */
export async function findVisibleService(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<ServiceRecord | undefined> {
  const rows = await db
    .select()
    .from(services)
    .where(and(eq(services.id, id), serviceVisibility(principal)));
  return (await withLocations(db, rows))[0];
}

function listConditions(principal: Principal, query: TServiceListQuery): SQL | undefined {
  const conditions: Array<SQL | undefined> = [serviceVisibility(principal)];
  if (query.q) conditions.push(localizedContains(services.name, query.q));
  if (query.organization?.length) conditions.push(inArray(services.organizationId, query.organization));
  if (query.region?.length) {
    conditions.push(
      sql`exists (select 1 from ${serviceLocations} inner join ${locations} on ${locations.id} = ${serviceLocations.locationId} where ${serviceLocations.serviceId} = ${services.id} and ${inArray(locations.regionCode, query.region)})`,
    );
  }
  if (query.category?.length) conditions.push(arrayOverlaps(services.categoryCodes, query.category));
  if (query.targetGroup?.length) conditions.push(arrayOverlaps(services.targetGroups, query.targetGroup));
  if (query.cost?.length) conditions.push(inArray(services.cost, query.cost));
  if (query.language?.length) conditions.push(arrayOverlaps(services.languages, query.language));
  if (query.age !== undefined) {
    // A missing bound is open: a service without min_age takes children from birth.
    conditions.push(
      or(isNull(services.minAge), sql`${services.minAge} <= ${query.age}`),
      or(isNull(services.maxAge), sql`${services.maxAge} >= ${query.age}`),
    );
  }
  if (query.ageBand) {
    const band = AGE_BAND_RANGES[query.ageBand];
    conditions.push(
      or(isNull(services.minAge), sql`${services.minAge} <= ${band.max}`),
      or(isNull(services.maxAge), sql`${services.maxAge} >= ${band.min}`),
    );
  }
  if (query.organizationType?.length || query.organizationStatus) {
    const ofType = query.organizationType?.length
      ? inArray(organizations.type, query.organizationType)
      : undefined;
    const ofStatus = query.organizationStatus
      ? eq(organizations.status, query.organizationStatus)
      : undefined;
    conditions.push(
      sql`exists (select 1 from ${organizations} where ${organizations.id} = ${services.organizationId} and ${and(ofType, ofStatus)})`,
    );
  }
  if (query.status) conditions.push(eq(services.status, query.status));
  if (query.published !== undefined) conditions.push(eq(services.published, query.published));
  if (query.verified !== undefined) {
    conditions.push(query.verified ? isNotNull(services.lastVerifiedAt) : isNull(services.lastVerifiedAt));
  }
  return and(...conditions);
}

export async function listServices(
  db: Queryable,
  principal: Principal,
  query: TServiceListQuery,
): Promise<{ rows: ServiceRecord[]; total: number }> {
  const where = listConditions(principal, query);
  const order = {
    name: [asc(localizedSortKey(services.name))],
    "-name": [desc(localizedSortKey(services.name))],
    createdAt: [asc(services.createdAt)],
    "-createdAt": [desc(services.createdAt)],
    lastVerifiedAt: [sql`${services.lastVerifiedAt} asc nulls first`],
    "-lastVerifiedAt": [sql`${services.lastVerifiedAt} desc nulls last`],
  }[query.sort];
  const [totalRow] = await db.select({ total: count() }).from(services).where(where);
  const rows = await db
    .select()
    .from(services)
    .where(where)
    .orderBy(...order, asc(services.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows: await withLocations(db, rows), total: totalRow?.total ?? 0 };
}
