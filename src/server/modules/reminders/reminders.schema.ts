import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { REMINDER_GROUPS, type TDigestItem } from "../../../shared/contracts/notifications.ts";
import { idColumn } from "../../db/columns.ts";
import { users } from "../auth/auth.schema.ts";
import { notifications } from "../notifications/notifications.schema.ts";

export const reminderGroup = pgEnum("reminder_group", REMINDER_GROUPS);
export const MAIL_STATES = ["pending", "sending", "sent", "failed", "skipped"] as const;
export const reminderMailState = pgEnum("reminder_mail_state", MAIL_STATES);

/**
 * One row per item, recipient and day. The unique index is the deduplication: a re-run of the daily pass,
 * or the same pass in a second app process, inserts nothing new and so notifies and mails nothing twice.
 */
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: idColumn(),
    day: date("day").notNull(),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemGroup: reminderGroup("item_group").notNull(),
    itemId: uuid("item_id").notNull(),
    /** What the digest shows, kept so a retried mail says what the first attempt would have said. */
    item: jsonb("item").$type<TDigestItem>().notNull(),
    notificationId: uuid("notification_id").references(() => notifications.id, { onDelete: "set null" }),
    mailState: reminderMailState("mail_state").notNull().default("pending"),
    mailAttempts: integer("mail_attempts").notNull().default(0),
    mailError: text("mail_error"),
    /** When a process claimed the row for sending; a claim older than a few minutes is abandoned. */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("reminder_deliveries_once_a_day").on(
      table.itemGroup,
      table.itemId,
      table.recipientId,
      table.day,
    ),
    index("reminder_deliveries_recipient_day_idx").on(table.recipientId, table.day),
    check("reminder_deliveries_attempts", sql`${table.mailAttempts} >= 0`),
  ],
);
