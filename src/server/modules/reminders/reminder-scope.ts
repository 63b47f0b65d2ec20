import { eq, type SQL, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../http/principal.ts";
import { homeConditions, homeScopeOf } from "../home/home.policy.ts";
import { commitments, memorandumParties } from "../memoranda/memoranda.schema.ts";
import { reportVisibility } from "../reports/reports.policy.ts";

/** One condition per kind of item; `undefined` means every item of that kind. */
export interface ReminderScope {
  memoranda: SQL | undefined;
  /** On the commitments query, which joins memoranda. */
  commitments: SQL | undefined;
  services: SQL | undefined;
  organizations: SQL | undefined;
  reports: SQL | undefined;
}

const NONE = sql`false`;

/** The commitments whose party is the organization: what the partner itself has promised. */
const ownedBy = (organizationId: string): SQL =>
  sql`exists (select 1 from ${memorandumParties} where ${memorandumParties.id} = ${commitments.partyId}
    and ${eq(memorandumParties.organizationId, organizationId)})`;

/**
 * Whom a reminder is for: the people who can act on it. Admins everything; a coordinator the memoranda
 * with a branch of its regions (and their commitments), the listings of its regions and the reports on
 * them, as the home screen and the report queue scope them; a partner its own listings and the
 * commitments its organization owns (it may update their progress, not renew memoranda or resolve
 * reports); viewers, who act on nothing, nothing (null).
 */
export function reminderScopeOf(principal: UserPrincipal): ReminderScope | null {
  switch (principal.role) {
    case "viewer":
      return null;
    case "admin":
      return {
        memoranda: undefined,
        commitments: undefined,
        services: undefined,
        organizations: undefined,
        reports: undefined,
      };
    case "coordinator": {
      if (principal.regionCodes.length === 0) return null;
      const home = homeConditions(homeScopeOf(principal));
      return {
        memoranda: home.memoranda,
        commitments: home.memoranda,
        services: home.services,
        organizations: home.organizations,
        reports: reportVisibility(principal),
      };
    }
    case "partner": {
      const organizationId = principal.organizationId;
      if (!organizationId) return null;
      const home = homeConditions(homeScopeOf(principal));
      return {
        memoranda: NONE,
        commitments: ownedBy(organizationId),
        services: home.services,
        organizations: home.organizations,
        reports: NONE,
      };
    }
  }
}
