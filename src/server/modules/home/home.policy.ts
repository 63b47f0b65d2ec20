import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { THomeScope } from "../../../shared/contracts/home.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { initiativeOrganizations, initiatives } from "../initiatives/initiatives.schema.ts";
import { hasBranchPartyIn, hasOrganizationParty } from "../memoranda/memoranda.visibility.ts";
import { organizationRegions, organizations } from "../organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../services/services.schema.ts";

/**
 * The home screen counts what the caller is responsible for, not all it may read: a coordinator's
 * regions, a partner's own organization, everything for admins and viewers.
 */
export function homeScopeOf(principal: UserPrincipal): THomeScope {
  switch (principal.role) {
    case "coordinator":
      return { kind: "regions", regionCodes: [...principal.regionCodes].sort(), organizationId: null };
    case "partner":
      return { kind: "organization", regionCodes: [], organizationId: principal.organizationId };
    default:
      return { kind: "all", regionCodes: [], organizationId: null };
  }
}

/** One condition per table; `undefined` means no restriction. */
export interface HomeConditions {
  memoranda: SQL | undefined;
  organizations: SQL | undefined;
  services: SQL | undefined;
  initiatives: SQL | undefined;
}

const NOTHING: HomeConditions = {
  memoranda: sql`false`,
  organizations: sql`false`,
  services: sql`false`,
  initiatives: sql`false`,
};

function inRegions(regionCodes: string[]): HomeConditions {
  const organizationServes = sql`exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${organizations.id} and ${inArray(organizationRegions.regionCode, regionCodes)})`;
  const organizationLocated = sql`exists (select 1 from ${locations} where ${locations.organizationId} = ${organizations.id} and ${inArray(locations.regionCode, regionCodes)})`;
  const serviceLocated = sql`exists (select 1 from ${serviceLocations} inner join ${locations} on ${locations.id} = ${serviceLocations.locationId} where ${serviceLocations.serviceId} = ${services.id} and ${inArray(locations.regionCode, regionCodes)})`;
  const serviceServes = sql`exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${services.organizationId} and ${inArray(organizationRegions.regionCode, regionCodes)})`;
  return {
    memoranda: hasBranchPartyIn(regionCodes),
    organizations: or(organizationServes, organizationLocated),
    services: or(serviceLocated, serviceServes),
    initiatives: inArray(initiatives.regionCode, regionCodes),
  };
}

function ofOrganization(organizationId: string): HomeConditions {
  return {
    memoranda: hasOrganizationParty(organizationId),
    organizations: eq(organizations.id, organizationId),
    services: eq(services.organizationId, organizationId),
    initiatives: sql`exists (select 1 from ${initiativeOrganizations} where ${initiativeOrganizations.initiativeId} = ${initiatives.id} and ${eq(initiativeOrganizations.organizationId, organizationId)})`,
  };
}

export function homeConditions(scope: THomeScope): HomeConditions {
  switch (scope.kind) {
    case "all":
      return { memoranda: undefined, organizations: undefined, services: undefined, initiatives: undefined };
    case "regions":
      return scope.regionCodes.length > 0 ? inRegions(scope.regionCodes) : NOTHING;
    case "organization":
      return scope.organizationId ? ofOrganization(scope.organizationId) : NOTHING;
  }
}
