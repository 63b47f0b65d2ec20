import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../../db/client.ts";
import { ANONYMOUS } from "../../../http/principal.ts";
import { regionsServedBy } from "../../organizations/organizations.repository.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { serviceVisibility } from "../../services/services.policy.ts";
import { locations, serviceLocations, services } from "../../services/services.schema.ts";
import { hsdsIdentifiers } from "../hsds.schema.ts";
import { derivedId } from "./hsds-ids.ts";
import type { IdResolver } from "./hsds-record-types.ts";
import type { HsdsGraph, OrganizationRowLike, ServiceRowLike } from "./hsds-rows.ts";

/** Published, active services of published, active organizations: the same rule as the public directory. */
export const publicServices = () => serviceVisibility(ANONYMOUS);

export async function organizationsWithRegions(
  db: Queryable,
  ids: string[],
): Promise<Map<string, OrganizationRowLike>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids));
  const regions = await regionsServedBy(db, ids);
  return new Map(rows.map((row) => [row.id, { ...row, regionsServed: regions.get(row.id) ?? [] }]));
}

/** Imported HSDS ids of the given (entity, local key) pairs. */
export async function importedIdentifiers(
  db: Queryable,
  pairs: Array<[string, string]>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (pairs.length === 0) return found;
  const rows = await db
    .select()
    .from(hsdsIdentifiers)
    .where(
      sql`(${hsdsIdentifiers.entity}, ${hsdsIdentifiers.localKey}) in (select * from unnest(${sql.param(pairs.map((p) => p[0]))}::text[], ${sql.param(pairs.map((p) => p[1]))}::text[]))`,
    );
  for (const row of rows) found.set(`${row.entity}\u0000${row.localKey}`, row.hsdsId);
  return found;
}

export const resolverOf =
  (identifiers: Map<string, string>): IdResolver =>
  (entity, localKey) =>
    identifiers.get(`${entity}\u0000${localKey}`) ?? derivedId(entity, localKey);

/** Every (entity, local key) a page of services may have an imported id under. */
function identifierPairs(graph: Omit<HsdsGraph, "identifiers">): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const service of graph.services) {
    pairs.push(["service_phone", service.id], ["service_schedule", service.id]);
    for (const code of service.languages) pairs.push(["service_language", `${service.id}:${code}`]);
    for (const locationId of graph.locationsOfService.get(service.id) ?? [])
      pairs.push(["service_at_location", `${service.id}:${locationId}`]);
  }
  for (const id of graph.locations.keys()) pairs.push(["address", id]);
  for (const id of graph.organizations.keys()) pairs.push(["organization_phone", id]);
  return pairs;
}

/** Loads what the HSDS records of these services need: organizations, locations and imported ids. */
export async function loadServiceGraph(db: Queryable, rows: ServiceRowLike[]): Promise<HsdsGraph> {
  const serviceIds = rows.map((row) => row.id);
  const links =
    serviceIds.length === 0
      ? []
      : await db
          .select({ serviceId: serviceLocations.serviceId, location: locations })
          .from(serviceLocations)
          .innerJoin(locations, eq(locations.id, serviceLocations.locationId))
          .where(inArray(serviceLocations.serviceId, serviceIds))
          .orderBy(asc(serviceLocations.serviceId), asc(locations.id));
  const locationsById = new Map(links.map((link) => [link.location.id, link.location]));
  const locationsOfService = new Map<string, string[]>();
  for (const link of links)
    locationsOfService.set(link.serviceId, [
      ...(locationsOfService.get(link.serviceId) ?? []),
      link.location.id,
    ]);
  const graph = {
    services: rows,
    organizations: await organizationsWithRegions(db, [...new Set(rows.map((row) => row.organizationId))]),
    locations: locationsById,
    locationsOfService,
  };
  return { ...graph, identifiers: await importedIdentifiers(db, identifierPairs(graph)) };
}

/** The public services among these ids, in id order. */
export async function publicServicesByIds(db: Queryable, ids: string[]): Promise<ServiceRowLike[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(services)
    .where(and(inArray(services.id, ids), publicServices()))
    .orderBy(asc(services.id));
}
