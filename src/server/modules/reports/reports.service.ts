import { sql } from "drizzle-orm";
import type { ReportEntityKind, TReport, TReportResolve } from "../../../shared/contracts/reports.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { ANONYMOUS, type Principal, type UserPrincipal } from "../../http/principal.ts";
import { findVisibleOrganization } from "../organizations/organizations.repository.ts";
import { findVisibleService } from "../services/services.repository.ts";
import { canResolveReports, seesReporterContact } from "./reports.policy.ts";
import {
  countRecentReportsFrom,
  findVisibleReport,
  insertReport,
  markResolved,
  type ReportRecord,
} from "./reports.repository.ts";

/** At most this many reports per client address per hour, counted in the table so all processes agree. */
export const REPORT_LIMIT = 5;
export const REPORT_WINDOW_SECONDS = 60 * 60;

export function presentReport(record: ReportRecord, principal: Principal): TReport {
  return {
    id: record.id,
    entityKind: record.entityKind,
    entityId: record.entityId,
    entityName: (record.entityName as Record<string, string> | null) ?? null,
    message: record.message,
    contact: seesReporterContact(principal) ? record.contact : null,
    locale: record.locale,
    status: record.status,
    resolutionNote: record.resolutionNote,
    resolvedBy: record.resolvedBy,
    resolvedAt: record.resolvedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    permissions: { resolve: record.status === "open" && canResolveReports(principal) },
  };
}

export async function resolveReport(
  db: Database,
  principal: UserPrincipal,
  id: string,
  input: TReportResolve,
): Promise<TReport> {
  const current = await findVisibleReport(db, principal, id);
  if (!current) throw AppError.notFound();
  if (!canResolveReports(principal)) throw AppError.forbidden();
  const resolved = await withActor(db, principal.id, (tx) => markResolved(tx, id, input.note, principal.id));
  if (!resolved) {
    throw new AppError("invalid_transition", "errors.invalid_transition", {
      from: current.status,
      to: "resolved",
    });
  }
  const record = await findVisibleReport(db, principal, id);
  if (!record) throw new AppError("internal");
  return presentReport(record, principal);
}

/** Only listings the public can see can be reported; returns the listing's name, or undefined. */
export async function reportableEntity(
  db: Database,
  kind: ReportEntityKind,
  id: string,
): Promise<{ name: TLocalizedText } | undefined> {
  const found =
    kind === "service"
      ? await findVisibleService(db, ANONYMOUS, id)
      : await findVisibleOrganization(db, ANONYMOUS, id);
  return found ? { name: found.name } : undefined;
}

export interface NewReport {
  entityKind: ReportEntityKind;
  entityId: string;
  message: string;
  contact: string | null;
  locale: Locale;
  ipHash: string;
}

/**
 * Stores a report unless the address already sent REPORT_LIMIT within the window. The advisory lock
 * makes count-then-insert atomic per address across processes.
 */
export async function submitReport(db: Database, report: NewReport): Promise<"stored" | "rate_limited"> {
  return withActor(db, null, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${report.ipHash}, 0))`);
    const recent = await countRecentReportsFrom(tx, report.ipHash, REPORT_WINDOW_SECONDS);
    if (recent >= REPORT_LIMIT) return "rate_limited";
    await insertReport(tx, report);
    return "stored";
  });
}

/** The history of a report is for those who may resolve it. */
export async function canReadReportHistory(db: Database, principal: UserPrincipal, id: string) {
  return canResolveReports(principal) && (await findVisibleReport(db, principal, id)) !== undefined;
}
