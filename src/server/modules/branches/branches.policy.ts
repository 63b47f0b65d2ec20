import type { TPermissions } from "../../../shared/contracts/common.ts";
import type { Principal } from "../../http/principal.ts";

/** Admins write every branch; a coordinator writes the branches of its own regions. Everyone reads. */
export function canWriteBranchIn(principal: Principal, regionCode: string): boolean {
  if (principal.kind !== "user") return false;
  if (principal.role === "admin") return true;
  return principal.role === "coordinator" && principal.regionCodes.includes(regionCode);
}

export function branchPermissions(principal: Principal, regionCode: string): TPermissions {
  const write = canWriteBranchIn(principal, regionCode);
  return { update: write, delete: write };
}
