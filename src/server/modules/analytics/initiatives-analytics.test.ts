import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TInitiativesAnalytics } from "../../../shared/contracts/analytics.ts";
import { withActor } from "../../db/client.ts";
import {
  insertAnalyticsBranch,
  insertAnalyticsInitiative,
  insertAnalyticsMemorandum,
  insertAnalyticsOrganization,
} from "../../test/factories/analytics.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { practiceReplications, practices } from "../practices/practices.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let memorandumId: string;
let practiceId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  const db = ctx.db;
  const branch = await insertAnalyticsBranch(db, "KZ-79");
  const foundation = await insertAnalyticsOrganization(db, "public_foundation");
  memorandumId = (await insertAnalyticsMemorandum(db, { branchIds: [branch], signedDate: "2025-01-10" })).id;
  await insertAnalyticsInitiative(db, {
    regionCode: "KZ-79",
    startDate: "2025-03-05",
    reach: [10, 20, 3],
    memorandumIds: [memorandumId],
    organizationIds: [foundation],
  });
  await insertAnalyticsInitiative(db, {
    regionCode: "KZ-79",
    startDate: "2025-03-20",
    reach: [5, 0, 1],
    memorandumIds: [memorandumId],
  });
  await insertAnalyticsInitiative(db, { regionCode: "KZ-47", startDate: "2025-05-01", reach: [7, 7, 7] });
  await insertAnalyticsInitiative(db, {
    regionCode: "KZ-47",
    startDate: "2023-05-01",
    reach: [100, 100, 100],
  });
  await withActor(db, null, async (tx) => {
    const [row] = await tx
      .insert(practices)
      .values({
        title: { kk: "Ерте көмек", en: "Early help" },
        body: { kk: "Мәтін" },
        regionCode: "KZ-79",
        published: true,
      })
      .returning({ id: practices.id });
    practiceId = row?.id as string;
    await tx.insert(practiceReplications).values([
      { practiceId, regionCode: "KZ-47", year: 2025 },
      { practiceId, regionCode: "KZ-75", year: 2025 },
    ]);
    await tx.insert(practices).values({ title: { kk: "Спорт" }, body: { kk: "Мәтін" }, regionCode: "KZ-47" });
  });
});
afterAll(() => ctx.close());

const period = "from=2025-01-01&to=2025-12-31";

describe("initiatives dashboard", () => {
  it("sums reach per month, region and memorandum within the period", async () => {
    const { status, body } = await admin.get<TInitiativesAnalytics>(`/api/analytics/initiatives?${period}`);
    expect(status).toBe(200);
    expect(body.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(body.totals).toEqual({ initiatives: 3, children: 22, parents: 27, specialists: 11 });
    expect(body.byMonth).toEqual([
      { month: "2025-03", initiatives: 2, children: 15, parents: 20, specialists: 4 },
      { month: "2025-05", initiatives: 1, children: 7, parents: 7, specialists: 7 },
    ]);
    expect(body.byRegion.map((row) => [row.regionCode, row.children])).toEqual([
      ["KZ-47", 7],
      ["KZ-79", 15],
    ]);
    expect(body.byMemorandum).toEqual([
      expect.objectContaining({ memorandumId, initiatives: 2, children: 15, parents: 20, specialists: 4 }),
    ]);
    expect(body.practices.map((p) => [p.regionCode, p.replications, p.replicatedIn])).toEqual([
      ["KZ-79", 2, ["KZ-47", "KZ-75"]],
      ["KZ-47", 0, []],
    ]);
  });

  it("narrows to a coordinator's regions and to organization types", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const { body } = await coordinator.get<TInitiativesAnalytics>(`/api/analytics/initiatives?${period}`);
    expect(body.totals.children).toBe(7);
    expect(body.byMemorandum).toEqual([]);
    expect(body.practices.map((p) => p.regionCode)).toEqual(["KZ-47"]);
    const typed = await admin.get<TInitiativesAnalytics>(
      `/api/analytics/initiatives?${period}&organizationType=public_foundation`,
    );
    expect(typed.body.totals).toEqual({ initiatives: 1, children: 10, parents: 20, specialists: 3 });
  });

  it("answers 400 to a reversed or endless period", async () => {
    expect((await admin.get("/api/analytics/initiatives?from=2025-02-01&to=2025-01-01")).status).toBe(400);
    const endless = await admin
      .withLang("kk")
      .get("/api/analytics/initiatives?from=1900-01-01&to=2025-01-01");
    expect(endless.status).toBe(400);
    expect(endless.body.error.details[0].message).toContain("20");
  });
});
