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
export function lifecycleSql(windowDays: number): SQL<LifecycleStatus | null> {
  return sql<LifecycleStatus | null>`(CASE
    WHEN ${memoranda.reviewState} <> 'signed' THEN NULL
    WHEN ${memoranda.lifecycleStatus} <> 'active' THEN ${memoranda.lifecycleStatus}::text
    WHEN ${memoranda.endDate} < current_date THEN 'expired'
    WHEN ${memoranda.endDate} <= current_date + ${Math.trunc(windowDays)}::int THEN 'expiring'
    ELSE 'active' END)`;
}

/** A commitment is overdue when its due date has passed and it is neither done nor cancelled. */
export const overdueSql: SQL<boolean> = sql<boolean>`coalesce(${commitments.dueDate} < current_date AND ${commitments.status} NOT IN ('done', 'cancelled'), false)`;
