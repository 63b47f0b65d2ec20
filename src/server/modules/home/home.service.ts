import { HOME_LIST_LIMIT, type THome } from "../../../shared/contracts/home.ts";
import type { AppDeps } from "../../http/context.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { listReports } from "../reports/reports.repository.ts";
import { homeConditions, homeScopeOf } from "./home.policy.ts";
import {
  countHome,
  listExpiringMemoranda,
  listOverdueCommitments,
  listStaleListings,
} from "./home.repository.ts";

/** The caller's numbers and the few items that need attention first, each within the caller's scope. */
export async function loadHome(
  deps: Pick<AppDeps, "db" | "config">,
  principal: UserPrincipal,
): Promise<THome> {
  const { db, config } = deps;
  const scope = homeScopeOf(principal);
  const where = homeConditions(scope);
  const windowDays = config.expiringWindowDays;
  const [counts, expiringMemoranda, overdueCommitments, staleListings, reports] = await Promise.all([
    countHome(db, where, windowDays, config.verificationMaxAgeDays),
    listExpiringMemoranda(db, where, windowDays),
    listOverdueCommitments(db, where),
    listStaleListings(db, where, config.verificationMaxAgeDays),
    // The verification queue's own visibility: a coordinator's regions, a partner's listings.
    listReports(db, principal, {
      status: "open",
      sort: "createdAt",
      page: 1,
      perPage: HOME_LIST_LIMIT,
    }),
  ]);
  return {
    scope,
    counts: { ...counts, openReports: reports.total },
    expiringMemoranda,
    overdueCommitments,
    staleListings,
    openReports: reports.rows.map((row) => ({
      id: row.id,
      entityKind: row.entityKind,
      entityId: row.entityId,
      entityName: row.entityName,
      message: row.message,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
