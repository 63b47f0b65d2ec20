import { and, asc, count, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, localizedSortKey, offsetOf } from "../../db/query-helpers.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../services/services.schema.ts";

export interface BaselineSearchQuery {
  q?: string | undefined;
  region?: string[] | undefined;
  page: number;
  perPage: number;
}

const MAX_WORDS = 8;

/**
 * The naive search the directory read model is measured against: every word must appear, as typed
 * (ILIKE '%word%', no folding, no synonyms), in a name of the service, its organization or its location
 * in any language, over the joined base tables.
 */
function conditions(query: BaselineSearchQuery): SQL | undefined {
  const words = (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  return and(
    eq(services.published, true),
    eq(services.status, "active"),
    eq(organizations.published, true),
    eq(organizations.status, "active"),
    query.region?.length ? inArray(locations.regionCode, query.region) : undefined,
    ...words.map((word) =>
      or(
        localizedContains(services.name, word),
        localizedContains(organizations.name, word),
        localizedContains(locations.name, word),
        localizedContains(locations.locality, word),
      ),
    ),
  );
}

export async function baselineSearch(db: Queryable, query: BaselineSearchQuery) {
  const where = conditions(query);
  const [totalRow] = await db
    .select({ total: count() })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .innerJoin(serviceLocations, eq(serviceLocations.serviceId, services.id))
    .innerJoin(locations, eq(locations.id, serviceLocations.locationId))
    .where(where);
  const rows = await db
    .select({
      serviceId: services.id,
      locationId: locations.id,
      name: services.name,
      organizationName: organizations.name,
      regionCode: locations.regionCode,
      locality: locations.locality,
    })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .innerJoin(serviceLocations, eq(serviceLocations.serviceId, services.id))
    .innerJoin(locations, eq(locations.id, serviceLocations.locationId))
    .where(where)
    .orderBy(localizedSortKey(services.name), asc(services.id), asc(locations.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { rows, total: Number(totalRow?.total ?? 0) };
}
