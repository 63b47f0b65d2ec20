import { and, eq, or, type SQL } from "drizzle-orm";
import type { TOrganizationPermissions } from "../../../shared/contracts/organizations.ts";
import { hasRole, type Principal } from "../../http/principal.ts";
import { organizations } from "./organizations.schema.ts";

/** Staff who read every organization, drafts and archived ones included. */
export const readsAllOrganizations = (principal: Principal): boolean =>
  hasRole(principal, "admin", "viewer", "coordinator");

export const ownOrganizationOf = (principal: Principal): string | null =>
  hasRole(principal, "partner") ? principal.organizationId : null;

export const isAdmin = (principal: Principal): boolean => hasRole(principal, "admin");

/** Admins write every organization; a partner writes only its own (and everything that belongs to it). */
export function canWriteOrganization(principal: Principal, organizationId: string): boolean {
  return isAdmin(principal) || ownOrganizationOf(principal) === organizationId;
}

/**
 * Registering an organization: admins any; a coordinator one that serves only regions of its own (at
 * least one), so a partner it signs with can be added without widening its remit.
 */
export function canCreateOrganization(principal: Principal, regionsServed: readonly string[]): boolean {
  if (isAdmin(principal)) return true;
  if (!hasRole(principal, "coordinator")) return false;
  return regionsServed.length > 0 && regionsServed.every((code) => principal.regionCodes.includes(code));
}

export const publicOrganizationCondition = (): SQL =>
  and(eq(organizations.status, "active"), eq(organizations.published, true)) as SQL;

/** The rows of `organizations` the caller may see; undefined means all of them. */
export function organizationVisibility(principal: Principal): SQL | undefined {
  if (readsAllOrganizations(principal)) return undefined;
  const own = ownOrganizationOf(principal);
  return own ? or(publicOrganizationCondition(), eq(organizations.id, own)) : publicOrganizationCondition();
}

/**
 * Merging a duplicate: admins, and a coordinator of a region that both organizations serve (both are
 * its partners then, so folding one into the other stays within its remit).
 */
export function canMergeOrganizations(
  principal: Principal,
  keptRegions: readonly string[],
  duplicateRegions: readonly string[],
): boolean {
  if (isAdmin(principal)) return true;
  if (!hasRole(principal, "coordinator")) return false;
  return principal.regionCodes.some((code) => keptRegions.includes(code) && duplicateRegions.includes(code));
}

export function organizationPermissions(
  principal: Principal,
  organization: { id: string; regionsServed: readonly string[]; status: string; mergedIntoId: string | null },
): TOrganizationPermissions {
  const { id, regionsServed } = organization;
  const canKeep = organization.status === "active" && organization.mergedIntoId === null;
  return {
    update: canWriteOrganization(principal, id),
    delete: isAdmin(principal),
    verify: isAdmin(principal),
    merge: canKeep && canMergeOrganizations(principal, regionsServed, regionsServed),
  };
}
