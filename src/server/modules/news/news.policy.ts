import type { TPermissions } from "../../../shared/contracts/common.ts";
import type { Principal } from "../../http/principal.ts";

/** Admins write every post; a coordinator the posts of its regions. Posts without a region are admin-only. */
export function canWriteNews(principal: Principal, regionCode: string | null): boolean {
  if (principal.kind !== "user") return false;
  if (principal.role === "admin") return true;
  return (
    principal.role === "coordinator" && regionCode !== null && principal.regionCodes.includes(regionCode)
  );
}

export function newsPermissions(
  principal: Principal,
  regionCode: string | null,
): TPermissions & { publish: boolean } {
  const write = canWriteNews(principal, regionCode);
  return { update: write, delete: write, publish: write };
}
