import type { TPermissions } from "../../../shared/contracts/common.ts";
import type { Principal } from "../../http/principal.ts";

/** The facts about one practice (current or proposed) that decide who may write it. */
export interface PracticeScope {
  regionCode: string;
  organizationId: string | null;
}

/** Admins write every practice, a coordinator those from its regions, a partner those its organization wrote. */
export function canWritePractice(principal: Principal, scope: PracticeScope): boolean {
  if (principal.kind !== "user") return false;
  switch (principal.role) {
    case "admin":
      return true;
    case "coordinator":
      return principal.regionCodes.includes(scope.regionCode);
    case "partner":
      return principal.organizationId !== null && principal.organizationId === scope.organizationId;
    default:
      return false;
  }
}

export function practicePermissions(principal: Principal, scope: PracticeScope): TPermissions {
  const write = canWritePractice(principal, scope);
  return { update: write, delete: write };
}
