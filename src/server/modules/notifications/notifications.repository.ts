import { and, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { TDigestPayload } from "../../../shared/contracts/notifications.ts";
import type { Queryable } from "../../db/client.ts";
import { offsetOf } from "../../db/query-helpers.ts";
import { notifications } from "./notifications.schema.ts";

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertDigestNotification(
  db: Queryable,
  userId: string,
  payload: TDigestPayload,
): Promise<string> {
  const [row] = await db
    .insert(notifications)
    .values({ userId, kind: "reminder_digest", payload })
    .returning({ id: notifications.id });
  if (!row) throw new Error("notification not inserted");
  return row.id;
}

/** One user's notifications, newest first, and how many of them are unread. */
export async function listOwnNotifications(
  db: Queryable,
  userId: string,
  query: { page: number; perPage: number; unreadOnly: boolean },
): Promise<{ rows: NotificationRow[]; total: number; unreadCount: number }> {
  const own = eq(notifications.userId, userId);
  const where: SQL | undefined = query.unreadOnly ? and(own, isNull(notifications.readAt)) : own;
  const [[totals], rows] = await Promise.all([
    db
      .select({
        total: query.unreadOnly
          ? sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`
          : count(),
        unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`,
      })
      .from(notifications)
      .where(own),
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.perPage)
      .offset(offsetOf(query.page, query.perPage)),
  ]);
  return { rows, total: totals?.total ?? 0, unreadCount: totals?.unread ?? 0 };
}

/** Marks one of the user's own notifications read (keeping the first read time); undefined if not theirs. */
export async function markOwnNotificationRead(
  db: Queryable,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

export async function markAllOwnNotificationsRead(db: Queryable, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
