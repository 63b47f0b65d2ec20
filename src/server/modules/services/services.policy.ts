import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { TPermissions } from "../../../shared/contracts/common.ts";
import type { TVerifiablePermissions } from "../../../shared/contracts/organizations.ts";
import type { Principal } from "../../http/principal.ts";
import {
  canWriteOrganization,
  isAdmin,
  ownOrganizationOf,
  publicOrganizationCondition,
  readsAllOrganizations,
} from "../organizations/organizations.policy.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { services } from "./services.schema.ts";

/** Services and locations are written by whoever writes their organization. */
export const canWriteOrganizationContent = canWriteOrganization;

/** The rows of `services` the caller may see; undefined means all of them. */
export function serviceVisibility(principal: Principal): SQL | undefined {
  if (readsAllOrganizations(principal)) return undefined;
  const published = and(
    eq(services.status, "active"),
    eq(services.published, true),
    sql`exists (select 1 from ${organizations} where ${organizations.id} = ${services.organizationId} and ${publicOrganizationCondition()})`,
  ) as SQL;
  const own = ownOrganizationOf(principal);
  return own ? or(published, eq(services.organizationId, own)) : published;
}

export function servicePermissions(principal: Principal, organizationId: string): TVerifiablePermissions {
  const write = canWriteOrganizationContent(principal, organizationId);
  return { update: write, delete: write, verify: isAdmin(principal) };
}

export function locationPermissions(principal: Principal, organizationId: string): TPermissions {
  const write = canWriteOrganizationContent(principal, organizationId);
  return { update: write, delete: write };
}
