import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../demo/demo-seed.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoData(ctx.db);
});
afterAll(() => ctx.close());

describe("the directory over the demo data", () => {
  it("has one read-model row per published service at a location, built in the loading transaction", async () => {
    const [counts] = (
      await ctx.db.execute<{ entries: number; expected: number }>(sql`
        SELECT (SELECT count(*)::int FROM directory_entries) AS entries,
               (SELECT count(*)::int FROM directory_source) AS expected`)
    ).rows;
    expect(counts?.entries).toBeGreaterThan(400);
    expect(counts?.entries).toBe(counts?.expected);
  });

  it("finds speech therapy in Shymkent and the press release's partners by name", async () => {
    const speech = await ctx.anonymous.get(
      `/api/directory/search?q=${encodeURIComponent("логопед Шымкент")}`,
    );
    expect(speech.body.total).toBeGreaterThan(0);
    expect(speech.body.items.every((item: { regionCode: string }) => item.regionCode === "KZ-79")).toBe(true);
    const orda = await ctx.anonymous.get("/api/directory/search?q=ORDA");
    expect(
      orda.body.items.some((item: { organization: { name: { text: string } } }) =>
        /ОРДА|ORDA/.test(item.organization.name.text),
      ),
    ).toBe(true);
    const partner = await ctx.anonymous.get(`/api/directory/search?q=${encodeURIComponent("Amazing kids")}`);
    expect(partner.body.items[0]?.partner).toBe(true);
  });
});
