import { and, asc, count, eq, gt, gte, type SQL, sql } from "drizzle-orm";
import { foldText } from "../../../../shared/search/fold.ts";
import type { Queryable } from "../../../db/client.ts";
import { likePattern, offsetOf } from "../../../db/query-helpers.ts";
import { ANONYMOUS } from "../../../http/principal.ts";
import { organizationVisibility } from "../../organizations/organizations.policy.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../../services/services.schema.ts";
import { publicServices } from "./hsds-graph.repository.ts";
import { SERVICE_CATEGORY_TAXONOMY_ID, TARGET_GROUP_TAXONOMY_ID } from "./hsds-ids.ts";
import { modifiedAfterOf, type THsdsListQuery } from "./hsds-query.ts";
import type { OrganizationRowLike, ServiceRowLike } from "./hsds-rows.ts";
import { SERVICE_CATEGORY_TAXONOMY, termById } from "./hsds-taxonomy-records.ts";

export interface Page<T> {
  rows: T[];
  total: number;
}

const searchCondition = (column: typeof services.searchKey | typeof organizations.searchKey, text: string) =>
  sql`${column} like ${likePattern(foldText(text))}`;

/** The service filters of the HSDS parameters; an unknown term or taxonomy matches nothing. */
export function serviceConditions(query: THsdsListQuery): SQL {
  const conditions: Array<SQL | undefined> = [publicServices()];
  if (query.search) conditions.push(searchCondition(services.searchKey, query.search));
  if (query.organization_id) conditions.push(eq(services.organizationId, query.organization_id));
  const modifiedAfter = modifiedAfterOf(query);
  if (modifiedAfter) conditions.push(gte(services.updatedAt, modifiedAfter));
  if (query.taxonomy_term_id) {
    const term = termById.get(query.taxonomy_term_id);
    if (!term) conditions.push(sql`false`);
    else if (term.taxonomy === SERVICE_CATEGORY_TAXONOMY)
      conditions.push(sql`${services.categoryCodes} @> ARRAY[${term.code}]::text[]`);
    else conditions.push(sql`${services.targetGroups} @> ARRAY[${term.code}]::target_group[]`);
  }
  if (query.taxonomy_id === SERVICE_CATEGORY_TAXONOMY_ID)
    conditions.push(sql`cardinality(${services.categoryCodes}) > 0`);
  else if (query.taxonomy_id === TARGET_GROUP_TAXONOMY_ID)
    conditions.push(sql`cardinality(${services.targetGroups}) > 0`);
  else if (query.taxonomy_id) conditions.push(sql`false`);
  return and(...conditions) as SQL;
}

export async function listServices(db: Queryable, query: THsdsListQuery): Promise<Page<ServiceRowLike>> {
  const where = serviceConditions(query);
  const [total] = await db.select({ n: count() }).from(services).where(where);
  const rows = await db
    .select()
    .from(services)
    .where(where)
    .orderBy(asc(services.id))
    .limit(query.per_page)
    .offset(offsetOf(query.page, query.per_page));
  return { rows, total: total?.n ?? 0 };
}

/** Every matching service in id order, a chunk at a time (for ndjson and exports). */
export async function* eachService(db: Queryable, where: SQL, chunk = 500): AsyncGenerator<ServiceRowLike[]> {
  let after: string | null = null;
  for (;;) {
    const rows: ServiceRowLike[] = await db
      .select()
      .from(services)
      .where(after ? and(where, gt(services.id, after)) : where)
      .orderBy(asc(services.id))
      .limit(chunk);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? null;
    if (rows.length < chunk) return;
  }
}

export function organizationConditions(query: THsdsListQuery): SQL {
  const conditions: Array<SQL | undefined> = [organizationVisibility(ANONYMOUS)];
  if (query.search) conditions.push(searchCondition(organizations.searchKey, query.search));
  return and(...conditions) as SQL;
}

export async function listOrganizations(
  db: Queryable,
  query: THsdsListQuery,
): Promise<Page<typeof organizations.$inferSelect>> {
  const where = organizationConditions(query);
  const [total] = await db.select({ n: count() }).from(organizations).where(where);
  const rows = await db
    .select()
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.id))
    .limit(query.per_page)
    .offset(offsetOf(query.page, query.per_page));
  return { rows, total: total?.n ?? 0 };
}

export async function* eachOrganization(db: Queryable, where: SQL, chunk = 500) {
  let after: string | null = null;
  for (;;) {
    const rows: Array<typeof organizations.$inferSelect> = await db
      .select()
      .from(organizations)
      .where(after ? and(where, gt(organizations.id, after)) : where)
      .orderBy(asc(organizations.id))
      .limit(chunk);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? null;
    if (rows.length < chunk) return;
  }
}

export type OrganizationPage = Page<OrganizationRowLike>;

/** Services at locations: the service's filters, plus the postcode and the distance from its centroid. */
export function serviceAtLocationConditions(query: THsdsListQuery): SQL {
  const conditions: SQL[] = [serviceConditions(query)];
  if (query.postcode !== undefined && query.proximity === undefined)
    conditions.push(
      sql`upper(replace(${locations.postalCode}, ' ', '')) = ${query.postcode.replaceAll(" ", "").toUpperCase()}`,
    );
  if (query.postcode !== undefined && query.proximity !== undefined) {
    const centroid = sql`(select avg(p.latitude) as lat, avg(p.longitude) as lon from locations p
      where upper(replace(p.postal_code, ' ', '')) = ${query.postcode.replaceAll(" ", "").toUpperCase()} and p.latitude is not null)`;
    conditions.push(sql`exists (select 1 from ${centroid} c where c.lat is not null and
      6371000 * 2 * asin(sqrt(power(sin(radians(${locations.latitude} - c.lat) / 2), 2)
        + cos(radians(c.lat)) * cos(radians(${locations.latitude})) * power(sin(radians(${locations.longitude} - c.lon) / 2), 2)))
      <= ${query.proximity})`);
  }
  return and(...conditions) as SQL;
}

export interface ServiceAtLocationRow {
  serviceId: string;
  locationId: string;
}

export async function listServicesAtLocations(
  db: Queryable,
  query: THsdsListQuery,
): Promise<Page<ServiceAtLocationRow>> {
  const where = serviceAtLocationConditions(query);
  const base = db
    .select({ serviceId: serviceLocations.serviceId, locationId: serviceLocations.locationId })
    .from(serviceLocations)
    .innerJoin(services, eq(services.id, serviceLocations.serviceId))
    .innerJoin(locations, eq(locations.id, serviceLocations.locationId))
    .where(where);
  const [total] = await db.select({ n: count() }).from(base.as("matches"));
  const rows = await base
    .orderBy(asc(serviceLocations.serviceId), asc(serviceLocations.locationId))
    .limit(query.per_page)
    .offset(offsetOf(query.page, query.per_page));
  return { rows, total: total?.n ?? 0 };
}

/** The public service at a location whose HSDS id (imported or derived) is `id`. */
export async function findServiceAtLocation(
  db: Queryable,
  id: string,
): Promise<ServiceAtLocationRow | undefined> {
  const [row] = await db
    .select({ serviceId: serviceLocations.serviceId, locationId: serviceLocations.locationId })
    .from(serviceLocations)
    .innerJoin(services, eq(services.id, serviceLocations.serviceId))
    .where(
      and(
        publicServices(),
        sql`(exists (select 1 from hsds_identifiers h where h.entity = 'service_at_location' and h.hsds_id = ${id}
              and h.local_key = ${serviceLocations.serviceId}::text || ':' || ${serviceLocations.locationId}::text)
            or md5('service_at_location:' || ${serviceLocations.serviceId}::text || ':' || ${serviceLocations.locationId}::text)::uuid = ${id}::uuid)`,
      ),
    )
    .limit(1);
  return row;
}
