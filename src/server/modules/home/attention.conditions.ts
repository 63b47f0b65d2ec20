import { and, eq, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { memoranda } from "../memoranda/memoranda.schema.ts";
import { lifecycleSql, overdueOn } from "../memoranda/memorandum-lifecycle.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { services } from "../services/services.schema.ts";

/**
 * What needs attention, defined once for the home screen, the verification queue and the daily reminders.
 * `asOf` is a timestamp expression, `today` a date expression: now for the screens, the reminder's day for
 * the reminders.
 */
export const verifiedBefore = (maxAgeDays: number, asOf: SQL = sql`now()`): SQL =>
  sql`${asOf} - make_interval(days => ${Math.trunc(maxAgeDays)}::int)`;

/** Published, active services whose last verification is missing or older than `maxAgeDays`. */
export const staleService = (maxAgeDays: number, asOf?: SQL): SQL =>
  and(
    eq(services.status, "active"),
    eq(services.published, true),
    or(isNull(services.lastVerifiedAt), lt(services.lastVerifiedAt, verifiedBefore(maxAgeDays, asOf))),
  ) as SQL;

/** The same for organizations (a merged duplicate is archived, so it is never stale). */
export const staleOrganization = (maxAgeDays: number, asOf?: SQL): SQL =>
  and(
    eq(organizations.status, "active"),
    eq(organizations.published, true),
    or(
      isNull(organizations.lastVerifiedAt),
      lt(organizations.lastVerifiedAt, verifiedBefore(maxAgeDays, asOf)),
    ),
  ) as SQL;

/** Commitments past due under signed memoranda (the query joins memoranda). */
export const overdueCommitment = (scope: SQL | undefined, today: SQL = sql`current_date`): SQL =>
  and(overdueOn(today), eq(memoranda.reviewState, "signed"), scope) as SQL;

/** Signed memoranda inside the expiring window before their end date. */
export const expiringMemorandum = (windowDays: number, today?: SQL): SQL =>
  eq(lifecycleSql(windowDays, today), "expiring");
