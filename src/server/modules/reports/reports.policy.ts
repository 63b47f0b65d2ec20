import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { hasRole, type Principal } from "../../http/principal.ts";
import { organizationRegions } from "../organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../services/services.schema.ts";
import { problemReports } from "./reports.schema.ts";

const isService = eq(problemReports.entityKind, "service");
const isOrganization = eq(problemReports.entityKind, "organization");

/** Reports on services or organizations that are located in, or serve, one of `regionCodes`. */
function inRegions(regionCodes: string[]): SQL {
  const serviceLocated = sql`exists (select 1 from ${serviceLocations} inner join ${locations} on ${locations.id} = ${serviceLocations.locationId} where ${serviceLocations.serviceId} = ${problemReports.entityId} and ${inArray(locations.regionCode, regionCodes)})`;
  const serviceServes = sql`exists (select 1 from ${services} inner join ${organizationRegions} on ${organizationRegions.organizationId} = ${services.organizationId} where ${services.id} = ${problemReports.entityId} and ${inArray(organizationRegions.regionCode, regionCodes)})`;
  const organizationServes = sql`exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${problemReports.entityId} and ${inArray(organizationRegions.regionCode, regionCodes)})`;
  const organizationLocated = sql`exists (select 1 from ${locations} where ${locations.organizationId} = ${problemReports.entityId} and ${inArray(locations.regionCode, regionCodes)})`;
  return or(
    and(isService, or(serviceLocated, serviceServes)),
    and(isOrganization, or(organizationServes, organizationLocated)),
  ) as SQL;
}

/** Reports on the partner's own organization and on its services. */
function ofOrganization(organizationId: string): SQL {
  const ownService = sql`exists (select 1 from ${services} where ${services.id} = ${problemReports.entityId} and ${services.organizationId} = ${organizationId})`;
  return or(
    and(isOrganization, eq(problemReports.entityId, organizationId)),
    and(isService, ownService),
  ) as SQL;
}

/**
 * The reports the caller may see; undefined means all. Admins and viewers see every report, a
 * coordinator those of its regions, a partner those on its own listings, anonymous callers none.
 */
export function reportVisibility(principal: Principal): SQL | undefined {
  if (principal.kind !== "user") return sql`false`;
  switch (principal.role) {
    case "admin":
    case "viewer":
      return undefined;
    case "coordinator":
      return inRegions(principal.regionCodes);
    case "partner":
      return principal.organizationId ? ofOrganization(principal.organizationId) : sql`false`;
  }
}

/** Admins resolve every report; a coordinator the reports it can see (those of its regions). */
export const canResolveReports = (principal: Principal): boolean =>
  hasRole(principal, "admin", "coordinator");

/** Partners learn what is wrong with their listing, not who said so. */
export const seesReporterContact = (principal: Principal): boolean =>
  hasRole(principal, "admin", "coordinator", "viewer");
