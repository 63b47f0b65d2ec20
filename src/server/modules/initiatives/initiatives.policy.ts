import type { TPermissions } from "../../../shared/contracts/common.ts";
import type { Principal } from "../../http/principal.ts";

/** The facts about one initiative (current or proposed) that decide who may write it. */
export interface InitiativeScope {
  regionCode: string;
  memorandumIds: readonly string[];
  organizationIds: readonly string[];
  /** Those of `memorandumIds` that the caller's organization signed as a party. */
  partnerMemorandumIds: ReadonlySet<string>;
}

/**
 * Admins write every initiative, a coordinator those of its regions. A partner reports only
 * initiatives it takes part in (listed among the organizations) under memoranda it is party to, all of them.
 */
export function canWriteInitiative(principal: Principal, scope: InitiativeScope): boolean {
  if (principal.kind !== "user") return false;
  switch (principal.role) {
    case "admin":
      return true;
    case "coordinator":
      return principal.regionCodes.includes(scope.regionCode);
    case "partner": {
      const organizationId = principal.organizationId;
      return (
        organizationId !== null &&
        scope.organizationIds.includes(organizationId) &&
        scope.memorandumIds.length > 0 &&
        scope.memorandumIds.every((id) => scope.partnerMemorandumIds.has(id))
      );
    }
    default:
      return false;
  }
}

export function initiativePermissions(principal: Principal, scope: InitiativeScope): TPermissions {
  const write = canWriteInitiative(principal, scope);
  return { update: write, delete: write };
}
