import type { TAnalyticsQuery, TInitiativesAnalytics } from "../../../shared/contracts/analytics.ts";
import type { Queryable } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import { analyticsScopeOf, regionsToRead } from "./analytics.policy.ts";
import { analyticsPeriod } from "./analytics-period.ts";
import {
  initiativesConditions,
  practicesWithReplications,
  reachByMemorandum,
  reachByMonth,
  reachByRegion,
  reachTotals,
} from "./initiatives-analytics.repository.ts";

export async function loadInitiativesAnalytics(
  db: Queryable,
  principal: Principal,
  query: TAnalyticsQuery,
): Promise<TInitiativesAnalytics> {
  const scope = analyticsScopeOf(principal);
  const period = analyticsPeriod(query);
  const regionCodes = regionsToRead(scope, query.region);
  const where = initiativesConditions({
    regionCodes,
    organizationTypes: query.organizationType?.length ? query.organizationType : null,
    period,
  });
  const [totals, byMonth, byRegion, byMemorandum, practices] = await Promise.all([
    reachTotals(db, where),
    reachByMonth(db, where),
    reachByRegion(db, where),
    reachByMemorandum(db, where),
    practicesWithReplications(db, regionCodes),
  ]);
  return {
    scope,
    period,
    totals,
    byMonth: byMonth.map(({ key, ...reach }) => ({ month: key ?? "", ...reach })),
    byRegion: byRegion.map(({ key, ...reach }) => ({ regionCode: key ?? "", ...reach })),
    byMemorandum,
    practices,
  };
}
