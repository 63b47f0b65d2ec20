import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCoverage, TMemorandaAnalytics } from "../../../shared/contracts/analytics.ts";
import {
  dayFromToday,
  insertAnalyticsBranch,
  insertAnalyticsMemorandum,
  insertAnalyticsOrganization,
  insertCommitment,
} from "../../test/factories/analytics.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
const ids: Record<string, string> = {};

/**
 * Shymkent (KZ-79): one expiring in 20 days, one open-ended, one terminated, one draft.
 * Mangystau (KZ-47): one ending in 75 days (active, 90-day window only), one expired, one in review.
 */
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  const db = ctx.db;
  const shymkent = await insertAnalyticsBranch(db, "KZ-79");
  const mangystau = await insertAnalyticsBranch(db, "KZ-47");
  const foundation = await insertAnalyticsOrganization(db, "public_foundation");
  const federation = await insertAnalyticsOrganization(db, "sport_federation");
  const day = (n: number) => dayFromToday(db, n);
  const expiring = await insertAnalyticsMemorandum(db, {
    branchIds: [shymkent],
    organizationIds: [foundation],
    signedDate: await day(-10),
    endDate: await day(20),
  });
  ids.expiring = expiring.id;
  ids.openEnded = (
    await insertAnalyticsMemorandum(db, { branchIds: [shymkent], signedDate: await day(-40) })
  ).id;
  await insertAnalyticsMemorandum(db, {
    branchIds: [shymkent],
    signedDate: await day(-400),
    lifecycleStatus: "terminated",
  });
  await insertAnalyticsMemorandum(db, { branchIds: [shymkent], reviewState: "draft" });
  const later = await insertAnalyticsMemorandum(db, {
    branchIds: [mangystau],
    organizationIds: [federation],
    signedDate: await day(-5),
    endDate: await day(75),
  });
  ids.later = later.id;
  await insertAnalyticsMemorandum(db, {
    branchIds: [mangystau],
    signedDate: await day(-800),
    endDate: await day(-30),
  });
  await insertAnalyticsMemorandum(db, { branchIds: [mangystau], reviewState: "in_review" });

  const [shymkentParty, foundationParty] = expiring.partyIds as [string, string];
  await insertCommitment(db, expiring.id, shymkentParty, "planned", await day(-5));
  await insertCommitment(db, expiring.id, shymkentParty, "in_progress", await day(-2));
  await insertCommitment(db, expiring.id, foundationParty, "done", await day(-9));
  await insertCommitment(db, expiring.id, foundationParty, "in_progress", await day(30));
  await insertCommitment(db, later.id, later.partyIds[1] as string, "planned", await day(-1));
});
afterAll(() => ctx.close());

const counts = <K extends string>(rows: Array<Record<K, string> & { count: number }>, key: K) =>
  Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [row[key], row.count]));

describe("memoranda dashboard", () => {
  it("counts the pipeline, lifecycle, expiring windows and commitments for admins", async () => {
    const { status, body } = await admin.get<TMemorandaAnalytics>("/api/analytics/memoranda");
    expect(status).toBe(200);
    expect(counts(body.pipeline, "reviewState")).toEqual({ draft: 1, in_review: 1, signed: 5 });
    expect(counts(body.lifecycle, "status")).toEqual({ active: 2, expiring: 1, expired: 1, terminated: 1 });
    expect(body.expiring.map((window) => [window.days, window.memoranda.map((m) => m.id)])).toEqual([
      [30, [ids.expiring]],
      [60, [ids.expiring]],
      [90, [ids.expiring, ids.later]],
    ]);
    expect(body.expiring[2]?.memoranda.map((m) => [m.daysLeft, m.regionCodes])).toEqual([
      [20, ["KZ-79"]],
      [75, ["KZ-47"]],
    ]);
    expect(counts(body.commitments, "status")).toEqual({ planned: 2, in_progress: 2, done: 1 });
    expect(body.overdueCount).toBe(3);
    expect(body.overdueByOwner.map((group) => [group.owner.kind, group.count])).toEqual([
      ["branch", 2],
      ["organization", 1],
    ]);
    expect(body.overdueByOwner[0]?.commitments.map((c) => c.daysOverdue)).toEqual([5, 2]);
    // Signings of the last twelve months: one per region this month or last, none of the older ones.
    expect(body.signings.reduce((sum, row) => sum + row.count, 0)).toBe(3);
    expect(new Set(body.signings.map((row) => row.regionCode))).toEqual(new Set(["KZ-79", "KZ-47"]));
  });

  it("shows a coordinator only its regions' memoranda", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const { body } = await coordinator.get<TMemorandaAnalytics>(
      "/api/analytics/memoranda?region=KZ-79,KZ-47",
    );
    expect(counts(body.pipeline, "reviewState")).toEqual({ draft: 1, signed: 3 });
    expect(body.expiring[2]?.memoranda.map((m) => m.id)).toEqual([ids.expiring]);
    expect(body.overdueCount).toBe(2);
    expect(body.signings.every((row) => row.regionCode === "KZ-79")).toBe(true);
  });

  it("filters by organization type and period", async () => {
    const sport = await admin.get<TMemorandaAnalytics>(
      "/api/analytics/memoranda?organizationType=sport_federation",
    );
    expect(counts(sport.body.pipeline, "reviewState")).toEqual({ signed: 1 });
    const old = await admin.get<TMemorandaAnalytics>(
      `/api/analytics/memoranda?from=${await dayFromToday(ctx.db, -900)}&to=${await dayFromToday(ctx.db, -300)}`,
    );
    expect(old.body.signings.reduce((sum, row) => sum + row.count, 0)).toBe(2);
  });

  it("counts active memoranda per region in the coverage matrix", async () => {
    const { body } = await admin.get<TCoverage>("/api/analytics/coverage?region=KZ-79,KZ-47");
    const active = Object.fromEntries(body.regions.map((region) => [region.code, region.activeMemoranda]));
    expect(active).toEqual({ "KZ-79": 2, "KZ-47": 1 });
    expect(body.totals.activeMemoranda).toBe(3);
    // The list behind the number.
    const list = await admin.get("/api/memoranda?region=KZ-79&reviewState=signed&lifecycle=active,expiring");
    expect(list.body.total).toBe(2);
    // In force on some day of a period two years ago: the terminated one (not terminated then) and the expired one.
    const from = await dayFromToday(ctx.db, -730);
    const past = await admin.get<TCoverage>(
      `/api/analytics/coverage?region=KZ-79,KZ-47&from=${from}&to=${from}`,
    );
    const then = Object.fromEntries(past.body.regions.map((region) => [region.code, region.activeMemoranda]));
    expect(then).toEqual({ "KZ-47": 1, "KZ-79": 0 });
  });
});
