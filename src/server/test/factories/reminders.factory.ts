import { eq, sql } from "drizzle-orm";
import { withActor } from "../../db/client.ts";
import { problemReports } from "../../modules/reports/reports.schema.ts";
import { services } from "../../modules/services/services.schema.ts";
import type { SignedInClient, TestContext } from "../test-context.ts";
import { type HomeRegionData, seedHomeRegion } from "./home.factory.ts";

export interface ReminderWorld {
  admin: SignedInClient;
  coordinator79: SignedInClient;
  coordinator47: SignedInClient;
  partner79: SignedInClient;
  viewer: SignedInClient;
  shymkent: HomeRegionData;
  mangystau: HomeRegionData;
}

/**
 * Two regions as the home screen sees them (an expiring memorandum, an overdue commitment, a never-verified
 * service and an open report each), plus in Shymkent a service verified 200 days ago and a report 10 days
 * old; staff: an admin (en), a coordinator of each region (KZ-79 ru, KZ-47 kk), a partner of the Shymkent
 * organization (en) and a viewer.
 */
export async function seedReminderWorld(ctx: TestContext): Promise<ReminderWorld> {
  const admin = await ctx.signIn({ role: "admin", locale: "en", name: "Admin" });
  const shymkent = await seedHomeRegion(ctx, admin, "KZ-79", "Söile");
  const mangystau = await seedHomeRegion(ctx, admin, "KZ-47", "Boccia");
  await withActor(ctx.db, null, async (tx) => {
    await tx
      .update(services)
      .set({ lastVerifiedAt: sql`now() - interval '200 days'` })
      .where(eq(services.id, shymkent.verifiedServiceId));
    await tx
      .update(problemReports)
      .set({ createdAt: sql`now() - interval '10 days'` })
      .where(eq(problemReports.entityId, shymkent.serviceId));
  });
  return {
    admin,
    shymkent,
    mangystau,
    coordinator79: await ctx.signIn({
      role: "coordinator",
      regionCodes: ["KZ-79"],
      locale: "ru",
      name: "Айгуль",
    }),
    coordinator47: await ctx.signIn({
      role: "coordinator",
      regionCodes: ["KZ-47"],
      locale: "kk",
      name: "Ерлан",
    }),
    partner79: await ctx.signIn({
      role: "partner",
      organizationId: shymkent.organizationId,
      locale: "en",
      name: "Partner",
    }),
    viewer: await ctx.signIn({ role: "viewer", locale: "en", name: "Viewer" }),
  };
}
