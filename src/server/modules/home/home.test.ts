import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { THome } from "../../../shared/contracts/home.ts";
import { type HomeRegionData, seedHomeRegion } from "../../test/factories/home.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkent: HomeRegionData;
let mangystau: HomeRegionData;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkent = await seedHomeRegion(ctx, admin, "KZ-79", "Söile");
  mangystau = await seedHomeRegion(ctx, admin, "KZ-47", "Boccia");
});
afterAll(() => ctx.close());

async function homeOf(client: SignedInClient): Promise<THome> {
  const response = await client.get("/api/home");
  expect(response.status).toBe(200);
  return response.body;
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id).sort();

describe("GET /api/home", () => {
  it("gives an admin every region's numbers and the items that need attention", async () => {
    const home = await homeOf(admin);
    expect(home.scope).toEqual({ kind: "all", regionCodes: [], organizationId: null });
    expect(home.counts).toEqual({
      organizations: 2,
      services: 4,
      memorandaInForce: 2,
      memorandaInPreparation: 2,
      initiatives: 0,
      childrenReached: 0,
      expiringMemoranda: 2,
      overdueCommitments: 2,
      staleListings: 2,
      openReports: 2,
    });
    expect(ids(home.expiringMemoranda)).toEqual([shymkent.memorandumId, mangystau.memorandumId].sort());
    expect(home.expiringMemoranda[0]?.lifecycle).toBe("expiring");
    expect(ids(home.overdueCommitments)).toEqual([shymkent.commitmentId, mangystau.commitmentId].sort());
    // Only the never-verified services; the verified ones and the verified organizations are not due.
    expect(home.staleListings.map((listing) => [listing.kind, listing.id]).sort()).toEqual(
      [
        ["service", shymkent.serviceId],
        ["service", mangystau.serviceId],
      ].sort(),
    );
    expect(home.staleListings[0]?.lastVerifiedAt).toBeNull();
    expect(home.openReports.map((report) => report.entityId).sort()).toEqual(
      [shymkent.serviceId, mangystau.serviceId].sort(),
    );
    expect(home.overdueCommitments.find((c) => c.id === shymkent.commitmentId)?.memorandumTitle.en).toBe(
      "Söile memorandum",
    );
  });

  it("limits a coordinator to its own regions", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const home = await homeOf(coordinator);
    expect(home.scope).toEqual({ kind: "regions", regionCodes: ["KZ-79"], organizationId: null });
    expect(home.counts).toMatchObject({
      organizations: 1,
      services: 2,
      memorandaInForce: 1,
      memorandaInPreparation: 1,
      expiringMemoranda: 1,
      overdueCommitments: 1,
      staleListings: 1,
      openReports: 1,
    });
    expect(ids(home.expiringMemoranda)).toEqual([shymkent.memorandumId]);
    expect(ids(home.overdueCommitments)).toEqual([shymkent.commitmentId]);
    expect(home.staleListings.map((listing) => listing.id)).toEqual([shymkent.serviceId]);
    expect(home.openReports.map((report) => report.entityId)).toEqual([shymkent.serviceId]);
  });

  it("limits a partner to its own organization", async () => {
    const partner = await ctx.signIn({ role: "partner", organizationId: mangystau.organizationId });
    const home = await homeOf(partner);
    expect(home.scope).toEqual({
      kind: "organization",
      regionCodes: [],
      organizationId: mangystau.organizationId,
    });
    expect(home.counts).toMatchObject({
      organizations: 1,
      services: 2,
      expiringMemoranda: 1,
      openReports: 1,
    });
    expect(ids(home.expiringMemoranda)).toEqual([mangystau.memorandumId]);
    expect(ids(home.overdueCommitments)).toEqual([mangystau.commitmentId]);
    expect(home.staleListings.map((listing) => listing.id)).toEqual([mangystau.serviceId]);
    expect(home.openReports.map((report) => report.entityId)).toEqual([mangystau.serviceId]);
  });

  it("shows a coordinator of a region without data zeros, not someone else's numbers", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-10"] });
    const home = await homeOf(coordinator);
    expect(Object.values(home.counts).every((value) => value === 0)).toBe(true);
    expect(home.expiringMemoranda).toEqual([]);
    expect(home.openReports).toEqual([]);
  });

  it("counts what a viewer reads like an admin, and forgets a listing once it is verified", async () => {
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await homeOf(viewer)).counts.staleListings).toBe(2);
    expect((await admin.post(`/api/services/${shymkent.serviceId}/verify`)).status).toBe(200);
    const after = await homeOf(viewer);
    expect(after.counts.staleListings).toBe(1);
    expect(after.staleListings.map((listing) => listing.id)).toEqual([mangystau.serviceId]);
  });

  it("asks anonymous callers to sign in, in their language", async () => {
    const response = await ctx.anonymous.withLang("ru").get("/api/home");
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthenticated");
  });
});
