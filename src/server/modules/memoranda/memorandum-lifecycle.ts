import { type SQL, sql } from "drizzle-orm";
import type { LifecycleStatus, ReviewState } from "../../../shared/vocabulary.ts";
import { commitments, memoranda } from "./memoranda.schema.ts";

/** The review workflow: every move not listed here is an invalid transition. */
const REVIEW_TRANSITIONS: Record<ReviewState, readonly ReviewState[]> = {
  draft: ["in_review"],
  in_review: ["draft", "approved"],
  approved: ["in_review", "signed"],
  signed: [],
};

export function nextReviewStates(from: ReviewState): readonly ReviewState[] {
  return REVIEW_TRANSITIONS[from];
}

export function isLegalTransition(from: ReviewState, to: ReviewState): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

/** Content and parties may change only before approval. */
export const isEditable = (state: ReviewState): boolean => state === "draft" || state === "in_review";

/**
 * The lifecycle the API shows, computed in SQL so that reading and filtering agree: null before signing,
 * a stored decision (terminated, renewed) as is, else derived from the end date and today.
 */
export function lifecycleSql(
  windowDays: number,
  today: SQL = sql`current_date`,
): SQL<LifecycleStatus | null> {
  return sql<LifecycleStatus | null>`(CASE
    WHEN ${memoranda.reviewState} <> 'signed' THEN NULL
    WHEN ${memoranda.lifecycleStatus} <> 'active' THEN ${memoranda.lifecycleStatus}::text
    WHEN ${memoranda.endDate} < ${today} THEN 'expired'
    WHEN ${memoranda.endDate} <= ${today} + ${Math.trunc(windowDays)}::int THEN 'expiring'
    ELSE 'active' END)`;
}

/** In force on `day` or later: not ended before it, not terminated before it. */
export const inForceFromSql = (day: string): SQL<boolean> =>
  sql<boolean>`(${memoranda.endDate} IS NULL OR ${memoranda.endDate} >= ${day}::date)
    AND (${memoranda.lifecycleStatus} <> 'terminated' OR ${memoranda.terminatedAt}::date >= ${day}::date)`;

/** In force on `day` or earlier: started (or signed, without a start date) by then. */
export const inForceBySql = (day: string): SQL<boolean> =>
  sql<boolean>`coalesce(${memoranda.startDate}, ${memoranda.signedDate}) <= ${day}::date`;

/** A commitment is overdue when its due date has passed and it is neither done nor cancelled. */
export const overdueOn = (today: SQL): SQL<boolean> =>
  sql<boolean>`coalesce(${commitments.dueDate} < ${today} AND ${commitments.status} NOT IN ('done', 'cancelled'), false)`;
export const overdueSql: SQL<boolean> = overdueOn(sql`current_date`);
