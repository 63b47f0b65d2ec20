import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createService } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { notifications } from "../notifications/notifications.schema.ts";
import { type JobRunner, REMINDERS_DAILY_QUEUE, startJobRunner } from "./reminders.jobs.ts";

let ctx: TestContext;
let admin: SignedInClient;
let runner: JobRunner;
const logged: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ remindersCron: "30 5 * * *" });
  admin = await ctx.signIn({ role: "admin" });
  const organization = await createOrganization(admin, { name: { en: "Never verified centre" } });
  await createService(admin, organization.id, { name: { en: "Never verified service" }, published: true });
  runner = await startJobRunner({
    databaseUrl: ctx.databaseUrl,
    db: ctx.db,
    config: ctx.config,
    mailer: null,
    log: (line) => logged.push(line),
    pollingIntervalSeconds: 0.5,
  });
});
afterAll(async () => {
  await runner?.stop();
  await ctx?.close();
});

async function completed(jobId: string): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const job = await runner.boss.getJobById(REMINDERS_DAILY_QUEUE, jobId);
    if (job && ["completed", "failed"].includes(job.state)) return job.state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the reminders job did not finish");
}

describe("the reminders job", () => {
  it("is scheduled daily on the configured cron and time zone", async () => {
    // pg-boss returns its schedule rows as stored; its typings leave out the time zone column.
    const schedules = (await runner.boss.getSchedules()) as Array<{
      name: string;
      cron: string;
      timezone: string;
    }>;
    expect(schedules.map(({ name, cron, timezone }) => ({ name, cron, timezone }))).toEqual([
      { name: REMINDERS_DAILY_QUEUE, cron: "30 5 * * *", timezone: "Asia/Almaty" },
    ]);
  });

  it("runs the daily pass once per job, and a second job of the same day adds nothing", async () => {
    const jobId = await runner.boss.send(REMINDERS_DAILY_QUEUE, { day: "2026-04-01" });
    expect(await completed(jobId as string)).toBe("completed");
    const made = await ctx.db.select().from(notifications).where(eq(notifications.userId, admin.userId));
    expect(made).toHaveLength(1);
    expect(made[0]?.payload).toMatchObject({ day: "2026-04-01", counts: { staleListings: 2 } });
    expect(logged).toContain("reminders 2026-04-01: 1 notifications, 0 mails sent, 0 failed");

    const again = await runner.boss.send(REMINDERS_DAILY_QUEUE, { day: "2026-04-01" });
    expect(await completed(again as string)).toBe("completed");
    expect(await ctx.db.select().from(notifications)).toHaveLength(1);
  });
});
