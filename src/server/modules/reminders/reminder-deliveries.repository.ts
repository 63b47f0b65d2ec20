import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { TDigestItem } from "../../../shared/contracts/notifications.ts";
import type { Queryable } from "../../db/client.ts";
import { reminderDeliveries } from "./reminders.schema.ts";

/** A claim for sending older than this is taken to be abandoned (its process died) and sent again. */
const ABANDONED_CLAIM_MINUTES = 15;

/**
 * Records the items as reminded to the recipient on `day`. The unique index drops what is already there,
 * so only items new for this recipient and day come back.
 */
export async function insertNewDeliveries(
  db: Queryable,
  recipientId: string,
  day: string,
  items: TDigestItem[],
): Promise<Array<{ id: string; item: TDigestItem }>> {
  if (items.length === 0) return [];
  return db
    .insert(reminderDeliveries)
    .values(items.map((item) => ({ day, recipientId, itemGroup: item.group, itemId: item.id, item })))
    .onConflictDoNothing()
    .returning({ id: reminderDeliveries.id, item: reminderDeliveries.item });
}

export async function linkDeliveriesToNotification(
  db: Queryable,
  ids: string[],
  notificationId: string,
): Promise<void> {
  await db.update(reminderDeliveries).set({ notificationId }).where(inArray(reminderDeliveries.id, ids));
}

/**
 * Takes the recipient's unsent deliveries of `day` for sending: pending ones, failed ones (a retry) and
 * abandoned claims. The update locks the rows, so a concurrent process claims none of the same rows.
 */
export async function claimUnsentDeliveries(
  db: Queryable,
  recipientId: string,
  day: string,
): Promise<Array<{ id: string; item: TDigestItem }>> {
  return db
    .update(reminderDeliveries)
    .set({
      mailState: "sending",
      claimedAt: sql`now()`,
      mailAttempts: sql`${reminderDeliveries.mailAttempts} + 1`,
    })
    .where(
      and(
        eq(reminderDeliveries.recipientId, recipientId),
        eq(reminderDeliveries.day, day),
        or(
          inArray(reminderDeliveries.mailState, ["pending", "failed"]),
          and(
            eq(reminderDeliveries.mailState, "sending"),
            sql`${reminderDeliveries.claimedAt} < now() - make_interval(mins => ${ABANDONED_CLAIM_MINUTES})`,
          ),
        ),
      ),
    )
    .returning({ id: reminderDeliveries.id, item: reminderDeliveries.item });
}

export async function markDeliveriesMailed(
  db: Queryable,
  ids: string[],
  outcome: { state: "sent" } | { state: "failed"; error: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(reminderDeliveries)
    .set(
      outcome.state === "sent"
        ? { mailState: "sent", mailedAt: sql`now()`, mailError: null }
        : { mailState: "failed", mailError: outcome.error.slice(0, 1000) },
    )
    .where(inArray(reminderDeliveries.id, ids));
}

/** Without SMTP the recipient's pending deliveries of `day` are in-app only. */
export async function markPendingSkipped(db: Queryable, recipientId: string, day: string): Promise<number> {
  const rows = await db
    .update(reminderDeliveries)
    .set({ mailState: "skipped" })
    .where(
      and(
        eq(reminderDeliveries.recipientId, recipientId),
        eq(reminderDeliveries.day, day),
        eq(reminderDeliveries.mailState, "pending"),
      ),
    )
    .returning({ id: reminderDeliveries.id });
  return rows.length;
}

/** Forgets deliveries older than `keepDays` before `day`: they only ever kept one day's reminders apart. */
export async function pruneDeliveries(db: Queryable, day: string, keepDays: number): Promise<void> {
  await db
    .delete(reminderDeliveries)
    .where(lt(reminderDeliveries.day, sql`${day}::date - ${Math.trunc(keepDays)}::int`));
}
