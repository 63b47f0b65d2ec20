import type { TAnalyticsScope } from "../../../shared/contracts/analytics.ts";
import { AppError } from "../../http/app-error.ts";
import { requireUser } from "../../http/guards.ts";
import type { Principal } from "../../http/principal.ts";

/**
 * Whose figures the caller sees: admins and viewers every region, a coordinator its regions. A partner is
 * not a program manager: its own organization's work is on its home screen, so analytics answer 403.
 */
export function analyticsScopeOf(principal: Principal): TAnalyticsScope {
  const user = requireUser(principal);
  switch (user.role) {
    case "admin":
    case "viewer":
      return { kind: "all", regionCodes: [] };
    case "coordinator":
      return { kind: "regions", regionCodes: [...user.regionCodes].sort() };
    case "partner":
      throw AppError.forbidden();
  }
}

/** Regions the query may read: the filter within the scope; null means every region. */
export function regionsToRead(
  scope: TAnalyticsScope,
  filter: readonly string[] | undefined,
): string[] | null {
  if (scope.kind === "all") return filter?.length ? [...new Set(filter)] : null;
  if (!filter?.length) return scope.regionCodes;
  return filter.filter((code) => scope.regionCodes.includes(code));
}

/** Only admins edit the child population. */
export function canEditPopulation(principal: Principal): boolean {
  return principal.kind === "user" && principal.role === "admin";
}
