import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { REPORT_ENTITY_KINDS, REPORT_STATUSES } from "../../../shared/contracts/reports.ts";
import { idColumn } from "../../db/columns.ts";
import { userLocale, users } from "../auth/auth.schema.ts";

export const reportEntityKind = pgEnum("report_entity_kind", REPORT_ENTITY_KINDS);
export const reportStatus = pgEnum("report_status", REPORT_STATUSES);

/**
 * Problems families report on public listings, for staff to check. The reported entity is a plain id
 * (a service or an organization) so a report outlives the listing it was about.
 */
export const problemReports = pgTable(
  "problem_reports",
  {
    id: idColumn(),
    entityKind: reportEntityKind("entity_kind").notNull(),
    entityId: uuid("entity_id").notNull(),
    message: text("message").notNull(),
    contact: text("contact"),
    locale: userLocale("locale").notNull(),
    status: reportStatus("status").notNull().default("open"),
    resolutionNote: text("resolution_note"),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** sha256 of the client address and the server secret: enough to rate-limit, never the address. */
    ipHash: text("ip_hash").notNull(),
  },
  (table) => [
    index("problem_reports_status_idx").on(table.status, table.createdAt),
    index("problem_reports_entity_idx").on(table.entityKind, table.entityId),
    index("problem_reports_ip_idx").on(table.ipHash, table.createdAt),
    check("problem_reports_message_length", sql`char_length(${table.message}) between 10 and 2000`),
    check("problem_reports_contact_length", sql`char_length(${table.contact}) <= 200`),
    check(
      "problem_reports_resolution",
      sql`(${table.status} = 'resolved') = (${table.resolvedAt} IS NOT NULL)`,
    ),
  ],
);
