import { type SQL, sql } from "drizzle-orm";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { COMMITMENT_STATUSES, LifecycleStatus, ReviewState } from "../../../shared/vocabulary.ts";

type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

import type { Queryable } from "../../db/client.ts";
import { hasBranchPartyIn } from "../memoranda/memoranda.visibility.ts";
import { lifecycleSql, overdueSql } from "../memoranda/memorandum-lifecycle.ts";

/** Which memoranda the figures count; `regionCodes` is already narrowed to the caller's scope. */
export interface MemorandaFilter {
  regionCodes: string[] | null;
  organizationTypes: string[] | null;
}

/** The memoranda of the filter: a branch party in the regions, an organization party of the types. */
export function memorandaConditions(filter: MemorandaFilter): SQL {
  const inRegions = filter.regionCodes === null ? sql`true` : hasBranchPartyIn(filter.regionCodes);
  const ofTypes =
    filter.organizationTypes === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM memorandum_parties tp JOIN organizations o ON o.id = tp.organization_id
          WHERE tp.memorandum_id = memoranda.id AND o.type::text = ANY(${sql.param(filter.organizationTypes)}::text[]))`;
  return sql`${inRegions} AND ${ofTypes}`;
}

const regionsCondition = (column: SQL, regionCodes: string[] | null): SQL =>
  regionCodes === null ? sql`true` : sql`${column} = ANY(${sql.param(regionCodes)}::text[])`;

export async function countByReviewState(db: Queryable, where: SQL) {
  const result = await db.execute<{ state: ReviewState; n: number }>(sql`
    SELECT review_state AS state, count(*)::int AS n FROM memoranda WHERE ${where} GROUP BY 1`);
  return new Map(result.rows.map((row) => [row.state, row.n]));
}

export async function countByLifecycle(db: Queryable, where: SQL, windowDays: number) {
  const result = await db.execute<{ status: LifecycleStatus; n: number }>(sql`
    SELECT ${lifecycleSql(windowDays)} AS status, count(*)::int AS n FROM memoranda
    WHERE review_state = 'signed' AND ${where} GROUP BY 1`);
  return new Map(result.rows.map((row) => [row.status, row.n]));
}

/** Signings per month and region of a branch party (only the listed regions). */
export async function countSignings(
  db: Queryable,
  where: SQL,
  regionCodes: string[] | null,
  period: { from: string; to: string },
) {
  const result = await db.execute<{ month: string; region_code: string; n: number }>(sql`
    SELECT to_char(memoranda.signed_date, 'YYYY-MM') AS month, b.region_code, count(DISTINCT memoranda.id)::int AS n
    FROM memoranda
    JOIN memorandum_parties mp ON mp.memorandum_id = memoranda.id
    JOIN branches b ON b.id = mp.branch_id
    WHERE memoranda.review_state = 'signed' AND memoranda.signed_date BETWEEN ${period.from}::date AND ${period.to}::date
      AND ${where} AND ${regionsCondition(sql`b.region_code`, regionCodes)}
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return result.rows.map((row) => ({ month: row.month, regionCode: row.region_code, count: row.n }));
}

/** Signed memoranda in force whose end date is within `days` from today, soonest first. */
export async function listEnding(db: Queryable, where: SQL, days: number) {
  const result = await db.execute<{
    id: string;
    number: string | null;
    title: TLocalizedText;
    end_date: string;
    days_left: number;
    region_codes: string[];
  }>(sql`
    SELECT memoranda.id, memoranda.number, memoranda.title, memoranda.end_date::text AS end_date,
      (memoranda.end_date - current_date)::int AS days_left,
      ARRAY(SELECT DISTINCT b.region_code FROM memorandum_parties mp JOIN branches b ON b.id = mp.branch_id
        WHERE mp.memorandum_id = memoranda.id ORDER BY 1) AS region_codes
    FROM memoranda
    WHERE memoranda.review_state = 'signed' AND memoranda.lifecycle_status = 'active'
      AND memoranda.end_date BETWEEN current_date AND current_date + ${Math.trunc(days)}::int AND ${where}
    ORDER BY memoranda.end_date, memoranda.id`);
  return result.rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    endDate: row.end_date,
    daysLeft: row.days_left,
    regionCodes: row.region_codes,
  }));
}

export async function countCommitments(db: Queryable, where: SQL) {
  const result = await db.execute<{ status: CommitmentStatus; n: number }>(sql`
    SELECT commitments.status, count(*)::int AS n FROM commitments
    JOIN memoranda ON memoranda.id = commitments.memorandum_id
    WHERE memoranda.review_state = 'signed' AND ${where} GROUP BY 1`);
  return new Map(result.rows.map((row) => [row.status, row.n]));
}

export interface OverdueRow {
  id: string;
  memorandumId: string;
  memorandumTitle: TLocalizedText;
  text: TLocalizedText;
  dueDate: string;
  daysOverdue: number;
  status: CommitmentStatus;
  ownerKind: "branch" | "organization";
  ownerId: string;
  ownerName: TLocalizedText;
}

/** Overdue commitments of signed memoranda with the party that owns each, longest overdue first. */
export async function listOverdue(db: Queryable, where: SQL): Promise<OverdueRow[]> {
  const result = await db.execute<{
    id: string;
    memorandum_id: string;
    memorandum_title: TLocalizedText;
    text: TLocalizedText;
    due_date: string;
    days_overdue: number;
    status: CommitmentStatus;
    owner_kind: "branch" | "organization";
    owner_id: string;
    owner_name: TLocalizedText;
  }>(sql`
    SELECT commitments.id, commitments.memorandum_id, memoranda.title AS memorandum_title, commitments.text,
      commitments.due_date::text AS due_date, (current_date - commitments.due_date)::int AS days_overdue,
      commitments.status, mp.kind::text AS owner_kind, coalesce(mp.branch_id, mp.organization_id) AS owner_id,
      coalesce(b.name, o.name) AS owner_name
    FROM commitments
    JOIN memoranda ON memoranda.id = commitments.memorandum_id
    JOIN memorandum_parties mp ON mp.id = commitments.party_id
    LEFT JOIN branches b ON b.id = mp.branch_id
    LEFT JOIN organizations o ON o.id = mp.organization_id
    WHERE memoranda.review_state = 'signed' AND ${overdueSql} AND ${where}
    ORDER BY commitments.due_date, commitments.id`);
  return result.rows.map((row) => ({
    id: row.id,
    memorandumId: row.memorandum_id,
    memorandumTitle: row.memorandum_title,
    text: row.text,
    dueDate: row.due_date,
    daysOverdue: row.days_overdue,
    status: row.status,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
  }));
}
