import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, databaseToday } from "../../test/factories/memoranda.factory.ts";
import { type ReminderWorld, seedReminderWorld } from "../../test/factories/reminders.factory.ts";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { users } from "../auth/auth.schema.ts";
import { createMailer, type Mailer } from "../notifications/mailer.ts";
import { notifications } from "../notifications/notifications.schema.ts";
import { runDailyReminders } from "./daily-reminders.ts";
import { reminderDeliveries } from "./reminders.schema.ts";

let ctx: TestContext;
let smtp: SmtpSink;
let mailer: Mailer;
let world: ReminderWorld;
let today: string;
const emails = new Map<string, string>();

beforeAll(async () => {
  ctx = await createTestContext();
  smtp = await startSmtpSink();
  mailer = createMailer({ smtp: { url: smtp.url }, mailFrom: "Yntymaq <no-reply@example.kz>" }) as Mailer;
  world = await seedReminderWorld(ctx);
  today = await databaseToday(ctx.db);
  const rows = await ctx.db.select({ id: users.id, email: users.email }).from(users);
  for (const row of rows) emails.set(row.id, row.email);
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await ctx?.close();
});

const run = (day: string, withMailer: Mailer | null = mailer) =>
  runDailyReminders(ctx.db, withMailer, { today: day, config: ctx.config });

const mailsTo = (userId: string, from = 0): ReceivedMail[] =>
  smtp.received.slice(from).filter((mail) => mail.to.includes(emails.get(userId) ?? "?"));

/** The back-office links of a mail's items, one per listed item. */
const itemLinks = (mail: ReceivedMail): string[] =>
  [...mail.text.matchAll(/^ {2}(http\S+)$/gm)].map((match) => match[1] ?? "").sort();

const notificationCount = async (userId?: string) =>
  (
    await ctx.db
      .select()
      .from(notifications)
      .where(userId ? eq(notifications.userId, userId) : undefined)
  ).length;

describe("runDailyReminders", () => {
  it("sends each responsible person one digest of exactly their items, in their language", async () => {
    const longAgo = addDays(today, -91);
    await ctx.db.insert(reminderDeliveries).values({
      day: longAgo,
      recipientId: world.admin.userId,
      itemGroup: "staleListings",
      itemId: world.shymkent.serviceId,
      item: { group: "staleListings", id: world.shymkent.serviceId, label: {}, path: "/", date: null },
    });
    const result = await run(today);
    // Rows older than KEEP_DELIVERIES_DAYS are pruned by the pass.
    expect(await ctx.db.select().from(reminderDeliveries).where(eq(reminderDeliveries.day, longAgo))).toEqual(
      [],
    );
    const { shymkent: s, mangystau: m } = world;
    const app = `${ctx.config.baseUrl}/app`;
    const expected = {
      admin: [
        `/memoranda/${s.memorandumId}`, // the expiring memorandum
        `/memoranda/${s.memorandumId}`, // its overdue commitment
        `/memoranda/${m.memorandumId}`,
        `/memoranda/${m.memorandumId}`,
        `/services/${s.serviceId}`, // never verified
        `/services/${s.verifiedServiceId}`, // verified 200 days ago
        `/services/${m.serviceId}`,
        "/verification?tab=reports", // Shymkent's 10-day-old report; Mangystau's is new
      ],
      coordinator79: [
        `/memoranda/${s.memorandumId}`,
        `/memoranda/${s.memorandumId}`,
        `/services/${s.serviceId}`,
        `/services/${s.verifiedServiceId}`,
        "/verification?tab=reports",
      ],
      coordinator47: [
        `/memoranda/${m.memorandumId}`,
        `/memoranda/${m.memorandumId}`,
        `/services/${m.serviceId}`,
      ],
      // Its own listings and the commitment its organization owns; no memoranda to renew, no reports.
      partner79: [
        `/memoranda/${s.memorandumId}`,
        `/services/${s.serviceId}`,
        `/services/${s.verifiedServiceId}`,
      ],
    };
    for (const [who, paths] of Object.entries(expected)) {
      const mails = mailsTo(world[who as keyof typeof expected].userId);
      expect(mails, who).toHaveLength(1);
      expect(itemLinks(mails[0] as ReceivedMail), who).toEqual(paths.map((path) => `${app}${path}`).sort());
    }
    expect(mailsTo(world.viewer.userId)).toHaveLength(0);
    expect(smtp.received).toHaveLength(4);
    expect(result).toMatchObject({
      recipients: 4,
      deliveries: 19,
      notifications: 4,
      mailsSent: 4,
      mailsFailed: 0,
    });

    const [ru] = mailsTo(world.coordinator79.userId);
    expect(ru?.subject).toBe(`Yntymaq: 5 вопросов требуют внимания — ${today}`);
    expect(ru?.text).toContain("Здравствуйте, Айгуль!");
    expect(ru?.text).toContain("1 меморандум скоро истекает");
    expect(ru?.text).toContain("Меморандум «Söile»");
    expect(ru?.text).toContain("2 записи требуют повторной проверки");
    expect(ru?.text).toContain("1 обращение семьи не решено дольше 7 дней");
    expect(ru?.text).not.toContain("Boccia");
    expect(ru?.html).toContain(`<a href="${app}/memoranda/${s.memorandumId}">Меморандум «Söile»</a>`);

    const [kk] = mailsTo(world.coordinator47.userId);
    expect(kk?.subject).toBe(`Yntymaq: назар аударуды қажет ететін 3 мәселе — ${today}`);
    expect(kk?.text).toContain("«Boccia» меморандумы");
    expect(kk?.text).toContain("«Boccia» есебін тапсыру");
    expect(kk?.text).not.toContain("Söile");

    const [partner] = mailsTo(world.partner79.userId);
    expect(partner?.subject).toBe(`Yntymaq: 3 items need your attention — ${today}`);
    expect(partner?.text).toContain("Hand in the Söile report");
    expect(partner?.text).toContain("never verified");
  });

  it("sends nothing twice on the same day: no mail, no notification", async () => {
    const mailsBefore = smtp.received.length;
    const notificationsBefore = await notificationCount();
    const result = await run(today);
    expect(result).toMatchObject({ deliveries: 0, notifications: 0, mailsSent: 0 });
    expect(smtp.received).toHaveLength(mailsBefore);
    expect(await notificationCount()).toBe(notificationsBefore);
  });

  it("reminds again the next day of what is still due, once", async () => {
    const from = smtp.received.length;
    const tomorrow = addDays(today, 1);
    expect(await run(tomorrow)).toMatchObject({ deliveries: 19, notifications: 4, mailsSent: 4 });
    await run(tomorrow);
    expect(smtp.received.length - from).toBe(4);
    expect(mailsTo(world.coordinator47.userId, from)).toHaveLength(1);
    expect(mailsTo(world.viewer.userId, from)).toHaveLength(0);
  });

  it("keeps a rejected mail for the next run and does not repeat its notification", async () => {
    const day = addDays(today, 2);
    smtp.rejecting = true;
    try {
      expect(await run(day)).toMatchObject({ notifications: 4, mailsSent: 0, mailsFailed: 4 });
    } finally {
      smtp.rejecting = false;
    }
    const failed = await ctx.db
      .select()
      .from(reminderDeliveries)
      .where(
        and(eq(reminderDeliveries.day, day), eq(reminderDeliveries.recipientId, world.coordinator79.userId)),
      );
    expect(failed.map((row) => [row.mailState, row.mailAttempts])).toEqual(Array(5).fill(["failed", 1]));
    expect(failed[0]?.mailError).toContain("mailbox unavailable");

    const notificationsBefore = await notificationCount(world.coordinator79.userId);
    const from = smtp.received.length;
    expect(await run(day)).toMatchObject({ notifications: 0, mailsSent: 4, mailsFailed: 0 });
    expect(mailsTo(world.coordinator79.userId, from)).toHaveLength(1);
    expect(await notificationCount(world.coordinator79.userId)).toBe(notificationsBefore);
    const retried = await ctx.db
      .select({ state: reminderDeliveries.mailState, attempts: reminderDeliveries.mailAttempts })
      .from(reminderDeliveries)
      .where(
        and(eq(reminderDeliveries.day, day), eq(reminderDeliveries.recipientId, world.coordinator79.userId)),
      );
    expect(retried).toEqual(Array(5).fill({ state: "sent", attempts: 2 }));
  });

  it("sends nothing twice when two passes run at once (as two app processes would)", async () => {
    const day = addDays(today, 4);
    const from = smtp.received.length;
    const results = await Promise.all([run(day), run(day)]);
    expect(results.reduce((sum, result) => sum + result.notifications, 0)).toBe(4);
    expect(results.reduce((sum, result) => sum + result.mailsSent, 0)).toBe(4);
    expect(smtp.received.length - from).toBe(4);
  });

  it("still notifies in-app without an SMTP server, and marks the mail skipped", async () => {
    const day = addDays(today, 3);
    const from = smtp.received.length;
    expect(await run(day, null)).toMatchObject({ notifications: 4, mailsSent: 0, mailSkipped: 19 });
    expect(smtp.received).toHaveLength(from);
    const states = await ctx.db
      .selectDistinct({ state: reminderDeliveries.mailState })
      .from(reminderDeliveries)
      .where(inArray(reminderDeliveries.day, [day]));
    expect(states).toEqual([{ state: "skipped" }]);
  });

  it("puts the counts and links of the new items in the notification", async () => {
    const [first] = await ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, world.coordinator47.userId))
      .orderBy(notifications.createdAt)
      .limit(1);
    expect(first?.kind).toBe("reminder_digest");
    expect(first?.payload).toMatchObject({
      day: today,
      counts: { expiringMemoranda: 1, overdueCommitments: 1, staleListings: 1, staleReports: 0 },
    });
    expect(first?.payload.items.map((item) => item.path).sort()).toEqual(
      [
        `/memoranda/${world.mangystau.memorandumId}`,
        `/memoranda/${world.mangystau.memorandumId}`,
        `/services/${world.mangystau.serviceId}`,
      ].sort(),
    );
  });
});
