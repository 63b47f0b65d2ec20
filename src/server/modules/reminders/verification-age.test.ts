import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../db/client.ts";
import { databaseToday } from "../../test/factories/memoranda.factory.ts";
import { createOrganization, createService } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { services } from "../services/services.schema.ts";
import { collectReminderItems } from "./reminder-items.repository.ts";
import { type ReminderScope, reminderScopeOf } from "./reminder-scope.ts";

let ctx: TestContext;
let admin: SignedInClient;
const ids = { old: "", recent: "" };

const verifiedDaysAgo = (id: string, days: number) =>
  withActor(ctx.db, null, (tx) =>
    tx
      .update(services)
      .set({ lastVerifiedAt: sql`now() - make_interval(days => ${days})` })
      .where(eq(services.id, id)),
  );

beforeAll(async () => {
  ctx = await createTestContext({ verificationMaxAgeDays: 45 });
  admin = await ctx.signIn({ role: "admin" });
  const organization = await createOrganization(admin, { name: { en: "Checked centre" } });
  await admin.post(`/api/organizations/${organization.id}/verify`);
  ids.old = (await createService(admin, organization.id, { name: { en: "Checked 60 days ago" } })).id;
  ids.recent = (await createService(admin, organization.id, { name: { en: "Checked 30 days ago" } })).id;
  await verifiedDaysAgo(ids.old, 60);
  await verifiedDaysAgo(ids.recent, 30);
});
afterAll(() => ctx.close());

describe("YNTYMAQ_VERIFICATION_MAX_AGE_DAYS", () => {
  it("is the one age after which home, the verification queue and the reminders call a listing due", async () => {
    const home = await admin.get("/api/home");
    expect(home.body.staleListings.map((listing: { id: string }) => listing.id)).toEqual([ids.old]);
    const due = await admin.get("/api/verification/due");
    expect(due.body.items.map((item: { id: string }) => item.id)).toEqual([ids.old]);
    const scope = reminderScopeOf({
      kind: "user",
      id: admin.userId,
      role: "admin",
      regionCodes: [],
      organizationId: null,
    });
    const items = await collectReminderItems(
      ctx.db,
      scope as ReminderScope,
      ctx.config,
      await databaseToday(ctx.db),
    );
    expect(items.map((item) => item.id)).toEqual([ids.old]);
    // The queue's explicit filter still takes months.
    expect((await admin.get("/api/verification/due?months=1")).body.total).toBe(2);
  });
});
