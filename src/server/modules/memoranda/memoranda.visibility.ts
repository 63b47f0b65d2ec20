import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Principal } from "../../http/principal.ts";
import { branches } from "../branches/branches.schema.ts";
import { memoranda, memorandumParties } from "./memoranda.schema.ts";

/** A branch of one of `regionCodes` is a party of the memorandum in the outer query. */
export function hasBranchPartyIn(regionCodes: readonly string[]): SQL {
  if (regionCodes.length === 0) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM ${memorandumParties} JOIN ${branches} ON ${branches.id} = ${memorandumParties.branchId}
    WHERE ${memorandumParties.memorandumId} = ${memoranda.id} AND ${inArray(branches.regionCode, [...regionCodes])})`;
}

export function hasBranchParty(branchId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${memorandumParties}
    WHERE ${memorandumParties.memorandumId} = ${memoranda.id} AND ${eq(memorandumParties.branchId, branchId)})`;
}

export function hasOrganizationParty(organizationId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${memorandumParties}
    WHERE ${memorandumParties.memorandumId} = ${memoranda.id} AND ${eq(memorandumParties.organizationId, organizationId)})`;
}

/**
 * Which memoranda exist for the caller. Signed ones are public; admins and viewers see every draft,
 * a coordinator the drafts with a branch of its regions, a partner those its organization is party to.
 * `undefined` means no restriction.
 */
export function visibleMemoranda(principal: Principal): SQL | undefined {
  const signed = eq(memoranda.reviewState, "signed");
  if (principal.kind !== "user") return signed;
  switch (principal.role) {
    case "admin":
    case "viewer":
      return undefined;
    case "coordinator":
      return or(signed, hasBranchPartyIn(principal.regionCodes));
    case "partner":
      return principal.organizationId ? or(signed, hasOrganizationParty(principal.organizationId)) : signed;
  }
}
