import { and, asc, eq, inArray } from "drizzle-orm";
import type { Locale } from "../../../../shared/vocabulary.ts";
import type { Queryable } from "../../../db/client.ts";
import { AppError } from "../../../http/app-error.ts";
import { ANONYMOUS } from "../../../http/principal.ts";
import { organizationVisibility } from "../../organizations/organizations.policy.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { locations, services } from "../../services/services.schema.ts";
import {
  importedIdentifiers,
  loadServiceGraph,
  organizationsWithRegions,
  publicServices,
  publicServicesByIds,
  resolverOf,
} from "./hsds-graph.repository.ts";
import { isUuid } from "./hsds-ids.ts";
import {
  findServiceAtLocation,
  listOrganizations,
  listServices,
  listServicesAtLocations,
  type ServiceAtLocationRow,
} from "./hsds-list.repository.ts";
import { hsdsPage } from "./hsds-page.ts";
import type { THsdsListQuery } from "./hsds-query.ts";
import type { HsdsRecord, MappingContext } from "./hsds-record-types.ts";
import {
  fullServiceRecord,
  locationRecord,
  organizationListRecord,
  organizationPhones,
  serviceAtLocationRecord,
  serviceListRecord,
} from "./hsds-records.ts";
import type { HsdsGraph } from "./hsds-rows.ts";
import { textIn } from "./hsds-text.ts";

const contextOf = (graph: HsdsGraph, locale: Locale): MappingContext => ({
  locale,
  resolveId: resolverOf(graph.identifiers),
});

/** Fully nested services in the order given. */
export function fullServices(graph: HsdsGraph, locale: Locale): HsdsRecord[] {
  const ctx = contextOf(graph, locale);
  return graph.services.map((row) =>
    fullServiceRecord(
      row,
      graph.organizations.get(row.organizationId),
      (graph.locationsOfService.get(row.id) ?? []).flatMap((id) => graph.locations.get(id) ?? []),
      ctx,
    ),
  );
}

export async function servicesPage(db: Queryable, query: THsdsListQuery, locale: Locale) {
  const { rows, total } = await listServices(db, query);
  let contents: HsdsRecord[];
  if (query.minimal) {
    // The spec asks for id and modified date only; name and status stay so each item remains a valid service.
    contents = rows.map((row) => ({
      id: row.id,
      name: textIn(row.name, locale) ?? "",
      status: row.status,
      last_modified: row.updatedAt.toISOString(),
    }));
  } else if (query.full) contents = fullServices(await loadServiceGraph(db, rows), locale);
  else {
    const graph = await loadServiceGraph(db, rows);
    const ctx = contextOf(graph, locale);
    contents = rows.map((row) => {
      const organization = graph.organizations.get(row.organizationId);
      return {
        ...serviceListRecord(row, ctx),
        ...(organization ? { organization: organizationListRecord(organization, ctx) } : {}),
      };
    });
  }
  return hsdsPage(contents, total, query.page, query.per_page);
}

export async function serviceById(db: Queryable, id: string, locale: Locale): Promise<HsdsRecord> {
  const rows = isUuid(id) ? await publicServicesByIds(db, [id]) : [];
  if (rows.length === 0) throw AppError.notFound();
  const [record] = fullServices(await loadServiceGraph(db, rows), locale);
  return record as HsdsRecord;
}

/** A fully nested organization: phones, locations and its public services (simple, or full with `full_service`). */
async function fullOrganizations(
  db: Queryable,
  rows: Array<typeof organizations.$inferSelect>,
  locale: Locale,
  fullService: boolean,
): Promise<HsdsRecord[]> {
  const ids = rows.map((row) => row.id);
  const withRegions = await organizationsWithRegions(db, ids);
  const orgLocations = ids.length
    ? await db
        .select()
        .from(locations)
        .where(inArray(locations.organizationId, ids))
        .orderBy(asc(locations.id))
    : [];
  const orgServices = ids.length
    ? await db
        .select()
        .from(services)
        .where(and(inArray(services.organizationId, ids), publicServices()))
        .orderBy(asc(services.id))
    : [];
  const graph = await loadServiceGraph(db, orgServices);
  const extra = await importedIdentifiers(db, [
    ...ids.map((id): [string, string] => ["organization_phone", id]),
    ...orgLocations.map((l): [string, string] => ["address", l.id]),
  ]);
  const ctx: MappingContext = { locale, resolveId: resolverOf(new Map([...graph.identifiers, ...extra])) };
  const servicesFull = fullService ? fullServices(graph, locale) : [];
  return rows.map((row) => {
    const organization = withRegions.get(row.id) ?? { ...row, regionsServed: [] };
    const own = orgServices.filter((service) => service.organizationId === row.id);
    return {
      ...organizationListRecord(organization, ctx),
      phones: organizationPhones(organization, ctx),
      locations: orgLocations.filter((l) => l.organizationId === row.id).map((l) => locationRecord(l, ctx)),
      services: fullService
        ? servicesFull.filter((service) => service.organization_id === row.id)
        : own.map((service) => serviceListRecord(service, ctx)),
    };
  });
}

export async function organizationsPage(db: Queryable, query: THsdsListQuery, locale: Locale) {
  const { rows, total } = await listOrganizations(db, query);
  let contents: HsdsRecord[];
  if (query.full || query.full_service)
    contents = await fullOrganizations(db, rows, locale, Boolean(query.full_service));
  else {
    const withRegions = await organizationsWithRegions(
      db,
      rows.map((row) => row.id),
    );
    const ctx: MappingContext = { locale, resolveId: resolverOf(new Map()) };
    contents = rows.map((row) =>
      organizationListRecord(withRegions.get(row.id) ?? { ...row, regionsServed: [] }, ctx),
    );
  }
  return hsdsPage(contents, total, query.page, query.per_page);
}

export async function organizationById(db: Queryable, id: string, locale: Locale, fullService: boolean) {
  const rows = isUuid(id)
    ? await db
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, id), organizationVisibility(ANONYMOUS)))
    : [];
  if (rows.length === 0) throw AppError.notFound();
  const [record] = await fullOrganizations(db, rows, locale, fullService);
  return record as HsdsRecord;
}

/** Services at locations, each with its location and service (list fields, or nested with `full`). */
async function serviceAtLocationRecords(
  db: Queryable,
  pairs: ServiceAtLocationRow[],
  locale: Locale,
  full: boolean,
) {
  const rows = await publicServicesByIds(db, [...new Set(pairs.map((pair) => pair.serviceId))]);
  const graph = await loadServiceGraph(db, rows);
  const ctx = contextOf(graph, locale);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const fullById = full
    ? new Map(fullServices(graph, locale).map((record) => [record.id as string, record]))
    : undefined;
  return pairs.flatMap((pair) => {
    const service = byId.get(pair.serviceId);
    const location = graph.locations.get(pair.locationId);
    if (!service || !location) return [];
    return [
      {
        ...serviceAtLocationRecord(service, location, ctx),
        location: locationRecord(location, ctx),
        service: fullById?.get(service.id) ?? serviceListRecord(service, ctx),
      },
    ];
  });
}

export async function servicesAtLocationsPage(db: Queryable, query: THsdsListQuery, locale: Locale) {
  const { rows, total } = await listServicesAtLocations(db, query);
  const contents = await serviceAtLocationRecords(db, rows, locale, Boolean(query.full));
  return hsdsPage(contents, total, query.page, query.per_page);
}

export async function serviceAtLocationById(db: Queryable, id: string, locale: Locale) {
  const pair = isUuid(id) ? await findServiceAtLocation(db, id) : undefined;
  if (!pair) throw AppError.notFound();
  const [record] = await serviceAtLocationRecords(db, [pair], locale, true);
  if (!record) throw AppError.notFound();
  return record;
}
