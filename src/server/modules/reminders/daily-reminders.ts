import {
  REMINDER_GROUPS,
  type TDigestItem,
  type TDigestPayload,
} from "../../../shared/contracts/notifications.ts";
import type { AppConfig } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Mailer } from "../notifications/mailer.ts";
import { insertDigestNotification } from "../notifications/notifications.repository.ts";
import {
  claimUnsentDeliveries,
  insertNewDeliveries,
  linkDeliveriesToNotification,
  markDeliveriesMailed,
  markPendingSkipped,
  pruneDeliveries,
} from "./reminder-deliveries.repository.ts";
import { renderDigestMail } from "./reminder-digest.mail.ts";
import { collectReminderItems } from "./reminder-items.repository.ts";
import { listReminderRecipients, type ReminderRecipient } from "./reminder-recipients.repository.ts";
import { reminderScopeOf } from "./reminder-scope.ts";

/** How many items of each group an in-app notification carries; its counts cover them all. */
export const NOTIFICATION_ITEMS_PER_GROUP = 10;

/** How long delivery rows are kept: enough to see what was sent, and far past any retry. */
export const KEEP_DELIVERIES_DAYS = 90;

export type ReminderSettings = Pick<
  AppConfig,
  "baseUrl" | "expiringWindowDays" | "verificationMaxAgeDays" | "reportStaleDays"
>;

export interface DailyRemindersOptions {
  /** The day reminded about, YYYY-MM-DD: what is due on it, and the key that keeps it once a day. */
  today: string;
  config: ReminderSettings;
  log?: (line: string) => void;
}

export interface DailyRemindersResult {
  recipients: number;
  deliveries: number;
  notifications: number;
  mailsSent: number;
  mailsFailed: number;
  /** Deliveries left in-app only because no SMTP server is configured. */
  mailSkipped: number;
}

function payloadOf(day: string, items: TDigestItem[], reportStaleDays: number): TDigestPayload {
  const inGroup = (group: TDigestItem["group"]) => items.filter((item) => item.group === group);
  return {
    day,
    counts: {
      expiringMemoranda: inGroup("expiringMemoranda").length,
      overdueCommitments: inGroup("overdueCommitments").length,
      staleListings: inGroup("staleListings").length,
      staleReports: inGroup("staleReports").length,
    },
    reportStaleDays,
    items: REMINDER_GROUPS.flatMap((group) => inGroup(group).slice(0, NOTIFICATION_ITEMS_PER_GROUP)),
  };
}

/** Records the new items and, when there are any, one in-app notification about them, atomically. */
async function notifyNewItems(
  db: Database,
  recipient: ReminderRecipient,
  items: TDigestItem[],
  day: string,
  reportStaleDays: number,
) {
  return db.transaction(async (tx) => {
    const fresh = await insertNewDeliveries(tx, recipient.principal.id, day, items);
    if (fresh.length === 0) return 0;
    const notificationId = await insertDigestNotification(
      tx,
      recipient.principal.id,
      payloadOf(
        day,
        fresh.map((row) => row.item),
        reportStaleDays,
      ),
    );
    await linkDeliveriesToNotification(
      tx,
      fresh.map((row) => row.id),
      notificationId,
    );
    return fresh.length;
  });
}

/** One mail of whatever the recipient has not been sent yet today; a failure stays for the next run. */
async function mailUnsentDigest(
  db: Database,
  mailer: Mailer,
  recipient: ReminderRecipient,
  { today: day, config, log }: DailyRemindersOptions,
): Promise<"sent" | "failed" | "nothing"> {
  const claimed = await claimUnsentDeliveries(db, recipient.principal.id, day);
  if (claimed.length === 0) return "nothing";
  const ids = claimed.map((row) => row.id);
  const mail = renderDigestMail(
    recipient.email,
    claimed.map((row) => row.item),
    {
      locale: recipient.locale,
      name: recipient.name,
      day,
      baseUrl: config.baseUrl,
      reportStaleDays: config.reportStaleDays,
    },
  );
  try {
    await mailer.send(mail);
    await markDeliveriesMailed(db, ids, { state: "sent" });
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await markDeliveriesMailed(db, ids, { state: "failed", error: message });
    log?.(`reminders: mail to user ${recipient.principal.id} failed (${message}); the next run retries it`);
    return "failed";
  }
}

/**
 * The daily reminder pass, run by the `reminders.daily` job and by `yntymaq reminders run`: for each
 * staff member who can act, the items due today in their scope, recorded once per item and day, one
 * in-app notification of the new ones and one digest mail of whatever is still unsent today (so a failed
 * mail is sent again by the next run, and nothing is sent twice, by this process or another).
 */
export async function runDailyReminders(
  db: Database,
  mailer: Mailer | null,
  options: DailyRemindersOptions,
): Promise<DailyRemindersResult> {
  const { today: day, config } = options;
  const log = options.log ?? (() => {});
  const result: DailyRemindersResult = {
    recipients: 0,
    deliveries: 0,
    notifications: 0,
    mailsSent: 0,
    mailsFailed: 0,
    mailSkipped: 0,
  };
  await pruneDeliveries(db, day, KEEP_DELIVERIES_DAYS);
  for (const recipient of await listReminderRecipients(db)) {
    const scope = reminderScopeOf(recipient.principal);
    if (!scope) continue;
    const items = await collectReminderItems(db, scope, config, day);
    const added = await notifyNewItems(db, recipient, items, day, config.reportStaleDays);
    if (added > 0) {
      result.deliveries += added;
      result.notifications += 1;
    }
    if (items.length > 0) result.recipients += 1;
    if (!mailer) {
      result.mailSkipped += await markPendingSkipped(db, recipient.principal.id, day);
      continue;
    }
    const mailed = await mailUnsentDigest(db, mailer, recipient, options);
    if (mailed === "sent") result.mailsSent += 1;
    if (mailed === "failed") result.mailsFailed += 1;
  }
  if (!mailer && result.mailSkipped > 0) {
    log(
      "reminders: no SMTP server configured (YNTYMAQ_SMTP_URL or YNTYMAQ_SMTP_HOST); in-app notifications only",
    );
  }
  return result;
}
