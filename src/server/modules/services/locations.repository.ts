import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL } from "drizzle-orm";
import type { TLocationListQuery } from "../../../shared/contracts/services.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { organizationVisibility } from "../organizations/organizations.policy.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { locations, serviceLocations } from "./services.schema.ts";

export type LocationRow = typeof locations.$inferSelect;

/** A location is visible exactly when its organization is. */
export async function findVisibleLocation(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<LocationRow | undefined> {
  const [row] = await db
    .select(getTableColumns(locations))
    .from(locations)
    .innerJoin(organizations, eq(organizations.id, locations.organizationId))
    .where(and(eq(locations.id, id), organizationVisibility(principal)));
  return row;
}

export async function listLocations(
  db: Queryable,
  organizationId: string,
  query: TLocationListQuery,
): Promise<{ rows: LocationRow[]; total: number }> {
  const conditions: SQL[] = [eq(locations.organizationId, organizationId)];
  if (query.region?.length) conditions.push(inArray(locations.regionCode, query.region));
  const where = and(...conditions);
  const order = {
    name: [asc(localizedSortKey(locations.name))],
    "-name": [desc(localizedSortKey(locations.name))],
    createdAt: [asc(locations.createdAt)],
    "-createdAt": [desc(locations.createdAt)],
    region: [asc(locations.regionCode), asc(localizedSortKey(locations.locality))],
  }[query.sort];
  const [totalRow] = await db.select({ total: count() }).from(locations).where(where);
  const rows = await db
    .select()
    .from(locations)
    .where(where)
    .orderBy(...order, asc(locations.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows, total: totalRow?.total ?? 0 };
}

/** How many of `ids` are locations of `organizationId`. */
export async function countOrganizationLocations(
  db: Queryable,
  organizationId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ total: count() })
    .from(locations)
    .where(and(eq(locations.organizationId, organizationId), inArray(locations.id, [...ids])));
  return row?.total ?? 0;
}

export async function locationsOfServices(
  db: Queryable,
  serviceIds: string[],
): Promise<Map<string, LocationRow[]>> {
  const byService = new Map<string, LocationRow[]>();
  if (serviceIds.length === 0) return byService;
  const rows = await db
    .select({ serviceId: serviceLocations.serviceId, location: getTableColumns(locations) })
    .from(serviceLocations)
    .innerJoin(locations, eq(locations.id, serviceLocations.locationId))
    .where(inArray(serviceLocations.serviceId, serviceIds))
    .orderBy(asc(locations.regionCode), asc(localizedSortKey(locations.locality)), asc(locations.id));
  for (const { serviceId, location } of rows) {
    byService.set(serviceId, [...(byService.get(serviceId) ?? []), location]);
  }
  return byService;
}

export async function replaceServiceLocations(
  db: Queryable,
  serviceId: string,
  locationIds: readonly string[],
): Promise<void> {
  await db.delete(serviceLocations).where(eq(serviceLocations.serviceId, serviceId));
  const unique = [...new Set(locationIds)];
  if (unique.length > 0) {
    await db.insert(serviceLocations).values(unique.map((locationId) => ({ serviceId, locationId })));
  }
}
