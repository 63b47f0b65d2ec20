import {
  EXPIRY_WINDOWS,
  type TAnalyticsQuery,
  type TMemorandaAnalytics,
} from "../../../shared/contracts/analytics.ts";
import { COMMITMENT_STATUSES, LIFECYCLE_STATUSES, REVIEW_STATES } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import { analyticsScopeOf, regionsToRead } from "./analytics.policy.ts";
import { analyticsPeriod } from "./analytics-period.ts";
import {
  countByLifecycle,
  countByReviewState,
  countCommitments,
  countSignings,
  listEnding,
  listOverdue,
  memorandaConditions,
  type OverdueRow,
} from "./memoranda-analytics.repository.ts";

type OwnerGroup = TMemorandaAnalytics["overdueByOwner"][number];

/** Overdue commitments per owning party, the owner with the longest overdue one first. */
function groupByOwner(rows: OverdueRow[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const row of rows) {
    const key = `${row.ownerKind}:${row.ownerId}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        owner: { kind: row.ownerKind, id: row.ownerId, name: row.ownerName },
        count: 0,
        commitments: [],
      };
      groups.set(key, group);
    }
    group.count += 1;
    group.commitments.push({
      id: row.id,
      memorandumId: row.memorandumId,
      memorandumTitle: row.memorandumTitle,
      text: row.text,
      dueDate: row.dueDate,
      daysOverdue: row.daysOverdue,
      status: row.status,
    });
  }
  return [...groups.values()];
}

export async function loadMemorandaAnalytics(
  db: Queryable,
  principal: Principal,
  query: TAnalyticsQuery,
  expiringWindowDays: number,
): Promise<TMemorandaAnalytics> {
  const scope = analyticsScopeOf(principal);
  const period = analyticsPeriod(query);
  const regionCodes = regionsToRead(scope, query.region);
  const where = memorandaConditions({
    regionCodes,
    organizationTypes: query.organizationType?.length ? query.organizationType : null,
  });
  const longestWindow = Math.max(...EXPIRY_WINDOWS);
  const [pipeline, lifecycle, signings, ending, commitments, overdue] = await Promise.all([
    countByReviewState(db, where),
    countByLifecycle(db, where, expiringWindowDays),
    countSignings(db, where, regionCodes, period),
    listEnding(db, where, longestWindow),
    countCommitments(db, where),
    listOverdue(db, where),
  ]);
  return {
    scope,
    period,
    pipeline: REVIEW_STATES.map((reviewState) => ({ reviewState, count: pipeline.get(reviewState) ?? 0 })),
    lifecycle: LIFECYCLE_STATUSES.map((status) => ({ status, count: lifecycle.get(status) ?? 0 })),
    signings,
    expiring: EXPIRY_WINDOWS.map((days) => {
      const within = ending.filter((memorandum) => memorandum.daysLeft <= days);
      return { days, count: within.length, memoranda: within };
    }),
    commitments: COMMITMENT_STATUSES.map((status) => ({ status, count: commitments.get(status) ?? 0 })),
    overdueCount: overdue.length,
    overdueByOwner: groupByOwner(overdue),
  };
}
