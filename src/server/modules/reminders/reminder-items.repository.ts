import { and, asc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { TDigestItem } from "../../../shared/contracts/notifications.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable } from "../../db/client.ts";
import {
  expiringMemorandum,
  overdueCommitment,
  staleOrganization,
  staleService,
} from "../home/attention.conditions.ts";
import { commitments, memoranda } from "../memoranda/memoranda.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { reportedEntityName } from "../reports/reports.repository.ts";
import { problemReports } from "../reports/reports.schema.ts";
import { services } from "../services/services.schema.ts";
import type { ReminderScope } from "./reminder-scope.ts";

/** The ages and windows that make an item due. */
export interface ReminderRules {
  expiringWindowDays: number;
  verificationMaxAgeDays: number;
  reportStaleDays: number;
}

/**
 * At most this many items of one kind per recipient and day, most urgent first: a digest is read by a
 * person, and the back office lists the rest.
 */
export const MAX_ITEMS_PER_KIND = 200;

const dateText = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === "string" ? value : value.toISOString().slice(0, 10);

/** Everything due on `today` (YYYY-MM-DD) within one recipient's scope. */
export async function collectReminderItems(
  db: Queryable,
  scope: ReminderScope,
  rules: ReminderRules,
  today: string,
): Promise<TDigestItem[]> {
  const day = sql`${today}::date`;
  const startOfDay = sql`${today}::date::timestamptz`;
  const [expiring, overdue, staleServices, staleOrganizations, staleReports] = await Promise.all([
    db
      .select({ id: memoranda.id, title: memoranda.title, endDate: memoranda.endDate })
      .from(memoranda)
      .where(and(expiringMemorandum(rules.expiringWindowDays, day), scope.memoranda))
      .orderBy(asc(memoranda.endDate), asc(memoranda.id))
      .limit(MAX_ITEMS_PER_KIND),
    db
      .select({
        id: commitments.id,
        memorandumId: commitments.memorandumId,
        text: commitments.text,
        dueDate: commitments.dueDate,
      })
      .from(commitments)
      .innerJoin(memoranda, eq(memoranda.id, commitments.memorandumId))
      .where(overdueCommitment(scope.commitments, day))
      .orderBy(asc(commitments.dueDate), asc(commitments.id))
      .limit(MAX_ITEMS_PER_KIND),
    db
      .select({ id: services.id, name: services.name, verifiedAt: services.lastVerifiedAt })
      .from(services)
      .where(and(staleService(rules.verificationMaxAgeDays, startOfDay), scope.services))
      .orderBy(sql`${services.lastVerifiedAt} asc nulls first`, asc(services.id))
      .limit(MAX_ITEMS_PER_KIND),
    db
      .select({ id: organizations.id, name: organizations.name, verifiedAt: organizations.lastVerifiedAt })
      .from(organizations)
      .where(and(staleOrganization(rules.verificationMaxAgeDays, startOfDay), scope.organizations))
      .orderBy(sql`${organizations.lastVerifiedAt} asc nulls first`, asc(organizations.id))
      .limit(MAX_ITEMS_PER_KIND),
    db
      .select({
        id: problemReports.id,
        name: reportedEntityName,
        message: problemReports.message,
        createdAt: problemReports.createdAt,
      })
      .from(problemReports)
      .where(
        and(
          eq(problemReports.status, "open"),
          lt(
            problemReports.createdAt,
            sql`${startOfDay} - make_interval(days => ${rules.reportStaleDays}::int)`,
          ),
          scope.reports as SQL | undefined,
        ),
      )
      .orderBy(asc(problemReports.createdAt), asc(problemReports.id))
      .limit(MAX_ITEMS_PER_KIND),
  ]);
  return [
    ...expiring.map((row) => ({
      group: "expiringMemoranda" as const,
      id: row.id,
      label: row.title,
      path: `/memoranda/${row.id}`,
      date: row.endDate,
    })),
    ...overdue.map((row) => ({
      group: "overdueCommitments" as const,
      id: row.id,
      label: row.text,
      path: `/memoranda/${row.memorandumId}`,
      date: row.dueDate,
    })),
    ...[
      ...staleServices.map((row) => ({ ...row, path: `/services/${row.id}` })),
      ...staleOrganizations.map((row) => ({ ...row, path: `/partners/${row.id}` })),
    ].map((row) => ({
      group: "staleListings" as const,
      id: row.id,
      label: row.name,
      path: row.path,
      date: dateText(row.verifiedAt),
    })),
    ...staleReports.map((row) => ({
      group: "staleReports" as const,
      id: row.id,
      // A report on a listing deleted since is named by the family's own words.
      label: row.name ?? ({ kk: row.message, ru: row.message, en: row.message } satisfies TLocalizedText),
      path: "/verification?tab=reports",
      date: dateText(row.createdAt),
    })),
  ].map((item) => ({ ...item, label: item.label as Record<string, string> }));
}
