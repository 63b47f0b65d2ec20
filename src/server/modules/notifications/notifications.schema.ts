import { index, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { NOTIFICATION_KINDS, type TDigestPayload } from "../../../shared/contracts/notifications.ts";
import { idColumn } from "../../db/columns.ts";
import { users } from "../auth/auth.schema.ts";

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);

/** In-app notifications, one user each; the bell counts those without `read_at`. */
export const notifications = pgTable(
  "notifications",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    payload: jsonb("payload").$type<TDigestPayload>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [index("notifications_user_idx").on(table.userId, table.createdAt)],
);
