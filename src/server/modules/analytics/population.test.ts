import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPopulationList } from "../../../shared/contracts/analytics.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

describe("child population", () => {
  it("lets admins enter it with year and source, everyone else read it", async () => {
    const put = await admin.put("/api/analytics/population/KZ-47", {
      children: 190_000,
      year: 2024,
      source: "БҰҰ",
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ regionCode: "KZ-47", children: 190_000, year: 2024, source: "БҰҰ" });
    const viewer = await ctx.signIn({ role: "viewer" });
    const list = await viewer.get<TPopulationList>("/api/analytics/population");
    expect(list.body.permissions.update).toBe(false);
    expect(list.body.items).toHaveLength(20);
    expect(list.body.items.find((item) => item.regionCode === "KZ-47")?.children).toBe(190_000);
    expect(
      (await viewer.put("/api/analytics/population/KZ-47", { children: 1, year: 2024, source: "x" })).status,
    ).toBe(403);
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    expect(
      (await coordinator.get<TPopulationList>("/api/analytics/population")).body.items.map(
        (i) => i.regionCode,
      ),
    ).toEqual(["KZ-79"]);
    expect(
      (await coordinator.put("/api/analytics/population/KZ-79", { children: 1, year: 2024, source: "x" }))
        .status,
    ).toBe(403);
  });

  it("rejects bad input with field errors and unknown regions with 404", async () => {
    for (const body of [
      { children: 0, year: 2024, source: "x" },
      { children: 10, year: 1800, source: "x" },
      { children: 10, year: 2024, source: " " },
      { children: 10.5, year: 2024, source: "x" },
      { children: 10, year: 2024, source: "x", extra: true },
    ]) {
      const response = await admin.withLang("ru").put("/api/analytics/population/KZ-79", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.length).toBeGreaterThan(0);
    }
    expect(
      (await admin.put("/api/analytics/population/KZ-7", { children: 1, year: 2024, source: "x" })).status,
    ).toBe(400);
    expect(
      (await admin.put("/api/analytics/population/KZ-99", { children: 1, year: 2024, source: "x" })).status,
    ).toBe(404);
  });
});
