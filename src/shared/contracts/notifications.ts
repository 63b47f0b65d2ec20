import { z } from "zod";
import { ZPageQuery } from "./common.ts";

/** The groups a reminder digest lists, in this order. */
export const REMINDER_GROUPS = [
  "expiringMemoranda",
  "overdueCommitments",
  "staleListings",
  "staleReports",
] as const;
export type ReminderGroup = (typeof REMINDER_GROUPS)[number];

export const NOTIFICATION_KINDS = ["reminder_digest"] as const;

const ZText = z.record(z.string(), z.string());

export const ZDigestItem = z.object({
  group: z.enum(REMINDER_GROUPS),
  id: z.string(),
  label: ZText,
  /** Back-office path below /app, e.g. `/memoranda/…`. */
  path: z.string(),
  /** The date that makes it due (end, due date, last verification, report received); null: never verified. */
  date: z.string().nullable(),
});
export type TDigestItem = z.infer<typeof ZDigestItem>;

export const ZDigestPayload = z.object({
  day: z.string(),
  counts: z.object({
    expiringMemoranda: z.number().int(),
    overdueCommitments: z.number().int(),
    staleListings: z.number().int(),
    staleReports: z.number().int(),
  }),
  /** After how many days an open family report counted as unresolved. */
  reportStaleDays: z.number().int(),
  /** The first items of each group; `counts` says how many there are in all. */
  items: z.array(ZDigestItem),
});
export type TDigestPayload = z.infer<typeof ZDigestPayload>;

export const ZNotification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  payload: ZDigestPayload,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = ZPageQuery.extend({
  unread: z.enum(["true", "false"]).optional(),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  unreadCount: z.number().int(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

export const ZNotificationsReadAll = z.object({ marked: z.number().int() });
