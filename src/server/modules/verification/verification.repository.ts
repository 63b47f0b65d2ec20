import { type SQL, sql } from "drizzle-orm";
import type { TVerificationDueQuery } from "../../../shared/contracts/verification.ts";
import type { Queryable } from "../../db/client.ts";
import { offsetOf } from "../../db/query-helpers.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { verifiedBefore } from "../home/attention.conditions.ts";
import { organizationRegions, organizations } from "../organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../services/services.schema.ts";

export type DueRow = {
  kind: "service" | "organization";
  id: string;
  name: Record<string, string>;
  organization_id: string;
  organization_name: Record<string, string>;
  last_verified_at: Date | string | null;
};

const regionList = (codes: readonly string[]) =>
  sql.join(
    codes.map((code) => sql`${code}`),
    sql`, `,
  );

/** A service located in, or offered by an organization serving, one of the regions. */
const serviceIn = (codes: readonly string[]): SQL =>
  sql`(exists (select 1 from ${serviceLocations} join ${locations} on ${locations.id} = ${serviceLocations.locationId}
      where ${serviceLocations.serviceId} = ${services.id} and ${locations.regionCode} in (${regionList(codes)}))
    or exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${services.organizationId}
      and ${organizationRegions.regionCode} in (${regionList(codes)})))`;

/** An organization serving, or with a location in, one of the regions. */
const organizationIn = (codes: readonly string[]): SQL =>
  sql`(exists (select 1 from ${organizationRegions} where ${organizationRegions.organizationId} = ${organizations.id}
      and ${organizationRegions.regionCode} in (${regionList(codes)}))
    or exists (select 1 from ${locations} where ${locations.organizationId} = ${organizations.id}
      and ${locations.regionCode} in (${regionList(codes)})))`;

/**
 * Whose listings the caller checks: everything for admins and viewers, a coordinator's regions, a
 * partner's own organization. One condition for the services branch and one for the organizations branch.
 */
function scopeOf(principal: UserPrincipal): { services: SQL; organizations: SQL } {
  switch (principal.role) {
    case "admin":
    case "viewer":
      return { services: sql`true`, organizations: sql`true` };
    case "coordinator":
      return principal.regionCodes.length
        ? { services: serviceIn(principal.regionCodes), organizations: organizationIn(principal.regionCodes) }
        : { services: sql`false`, organizations: sql`false` };
    case "partner": {
      const own = principal.organizationId;
      return own
        ? {
            services: sql`${services.organizationId} = ${own}`,
            organizations: sql`${organizations.id} = ${own}`,
          }
        : { services: sql`false`, organizations: sql`false` };
    }
  }
}

export async function listDueForVerification(
  db: Queryable,
  principal: UserPrincipal,
  query: TVerificationDueQuery,
  maxAgeDays: number,
): Promise<{ rows: DueRow[]; total: number }> {
  const scope = scopeOf(principal);
  const staleBefore =
    query.months === undefined
      ? verifiedBefore(maxAgeDays)
      : sql`now() - make_interval(months => ${query.months}::int)`;
  const regionFilter = query.region?.length
    ? { services: serviceIn(query.region), organizations: organizationIn(query.region) }
    : { services: sql`true`, organizations: sql`true` };
  const serviceBranch = sql`select 'service' as kind, ${services.id} as id, ${services.name} as name,
      ${organizations.id} as organization_id, ${organizations.name} as organization_name,
      ${services.lastVerifiedAt} as last_verified_at
    from ${services} join ${organizations} on ${organizations.id} = ${services.organizationId}
    where ${services.status} = 'active' and ${services.published} and ${organizations.status} = 'active'
      and ${organizations.published}
      and (${services.lastVerifiedAt} is null or ${services.lastVerifiedAt} < ${staleBefore})
      and ${scope.services} and ${regionFilter.services}`;
  const organizationBranch = sql`select 'organization' as kind, ${organizations.id} as id, ${organizations.name} as name,
      ${organizations.id} as organization_id, ${organizations.name} as organization_name,
      ${organizations.lastVerifiedAt} as last_verified_at
    from ${organizations}
    where ${organizations.status} = 'active' and ${organizations.published} and ${organizations.mergedIntoId} is null
      and (${organizations.lastVerifiedAt} is null or ${organizations.lastVerifiedAt} < ${staleBefore})
      and ${scope.organizations} and ${regionFilter.organizations}`;
  const branches =
    query.kind === "service"
      ? serviceBranch
      : query.kind === "organization"
        ? organizationBranch
        : sql`${serviceBranch} union all ${organizationBranch}`;
  const [counted] = (
    await db.execute<{ total: number }>(sql`select count(*)::int as total from (${branches}) due`)
  ).rows;
  // Never verified first, then the longest since the last check.
  const page = await db.execute<DueRow>(sql`select * from (${branches}) due
    order by last_verified_at asc nulls first, kind, id
    limit ${query.perPage} offset ${offsetOf(query.page, query.perPage)}`);
  return { rows: page.rows, total: counted?.total ?? 0 };
}
