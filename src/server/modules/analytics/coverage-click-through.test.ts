import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCoverage } from "../../../shared/contracts/analytics.ts";
import { withActor } from "../../db/client.ts";
import {
  dayFromToday,
  insertAnalyticsBranch,
  insertAnalyticsMemorandum,
} from "../../test/factories/analytics.factory.ts";
import { generateCoverageDataset } from "../../test/factories/coverage.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

/*
 * Issue 8: every figure of the coverage matrix leads to a list whose total is that figure, for the same
 * filters (the URLs are those the SPA builds in features/analytics/lib/list-links.ts).
 */
let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47", "KZ-79"] });
  await generateCoverageDataset(ctx.db, 20261208, 300);
  // Regions served say nothing of where the services are: the partners of a cell are found by location.
  await withActor(ctx.db, null, (tx) =>
    tx.execute(sql`INSERT INTO organization_regions (organization_id, region_code)
      SELECT id, 'KZ-10' FROM organizations ORDER BY id LIMIT 20`),
  );
  await insertMemoranda();
});
afterAll(() => ctx.close());

async function insertMemoranda() {
  const day = (days: number) => dayFromToday(ctx.db, days);
  const [mangystau, shymkent, almaty] = await Promise.all(
    ["KZ-47", "KZ-79", "KZ-75"].map((code) => insertAnalyticsBranch(ctx.db, code)),
  );
  const specs = [
    { branchIds: [shymkent as string], signedDate: await day(-400) },
    {
      branchIds: [mangystau as string, shymkent as string],
      signedDate: await day(-300),
      endDate: await day(10),
    },
    { branchIds: [shymkent as string], signedDate: await day(-500), endDate: await day(-100) },
    { branchIds: [mangystau as string], signedDate: await day(-20), startDate: await day(30) },
    { branchIds: [shymkent as string], lifecycleStatus: "renewed" as const, signedDate: await day(-600) },
    {
      branchIds: [almaty as string, shymkent as string],
      signedDate: await day(-250),
      endDate: await day(-40),
    },
    { branchIds: [shymkent as string], reviewState: "approved" as const, startDate: await day(-30) },
  ];
  for (const spec of specs) await insertAnalyticsMemorandum(ctx.db, spec);
}

const totalOf = async (client: SignedInClient, url: string): Promise<number> => {
  const response = await client.get<{ total: number }>(url);
  expect(response.status, url).toBe(200);
  return response.body.total;
};

type Figures = { services: number; freeServices: number; stateFundedServices: number; partners: number };

/** The services, free, state-funded and partners lists behind one figure of the matrix. */
async function expectListsMatch(
  client: SignedInClient,
  params: URLSearchParams,
  cell: { regionCode: string; categoryCode: string | null },
  figures: Figures,
) {
  const ageBand = params.get("ageBand");
  const types = params.get("organizationType");
  const common = new URLSearchParams();
  if (cell.categoryCode) common.set("category", cell.categoryCode);
  if (ageBand) common.set("ageBand", ageBand);
  const services = new URLSearchParams(common);
  services.set("region", cell.regionCode);
  if (types) services.set("organizationType", types);
  services.set("status", "active");
  services.set("organizationStatus", "active");
  const servicesUrl = `/api/services?${services}`;
  expect(await totalOf(client, servicesUrl), servicesUrl).toBe(figures.services);
  expect(await totalOf(client, `${servicesUrl}&cost=free`), servicesUrl).toBe(figures.freeServices);
  expect(await totalOf(client, `${servicesUrl}&cost=state_funded`), servicesUrl).toBe(
    figures.stateFundedServices,
  );
  const partners = new URLSearchParams(common);
  partners.set("serviceRegion", cell.regionCode);
  if (types) partners.set("type", types);
  partners.set("status", "active");
  const partnersUrl = `/api/organizations?${partners}`;
  expect(await totalOf(client, partnersUrl), partnersUrl).toBe(figures.partners);
}

/** Counted regions and a gap, up to `cellsPerQuery` counted cells and a gap: each figure against its list. */
async function expectMatrixListsMatch(client: SignedInClient, query: string, cellsPerQuery = 6) {
  const params = new URLSearchParams(query);
  const { status, body } = await client.get<TCoverage>(`/api/analytics/coverage?${params}`);
  expect(status).toBe(200);
  expect(body.regions.length).toBeGreaterThan(0);
  const counted = body.cells.filter((cell) => cell.services > 0);
  expect(counted.length).toBeGreaterThan(0);
  const gap = body.cells.find((cell) => cell.gap);
  for (const cell of [...counted.slice(0, cellsPerQuery), ...(gap ? [gap] : [])]) {
    await expectListsMatch(client, params, cell, cell);
  }
  const gapRegion = body.regions.find((region) => region.gap);
  for (const region of [...body.regions.filter((r) => !r.gap), ...(gapRegion ? [gapRegion] : [])]) {
    await expectListsMatch(client, params, { regionCode: region.code, categoryCode: null }, region);
  }
  return body;
}

describe("coverage click-through", () => {
  it("leads from every figure to a services or partners list with exactly that many rows", async () => {
    const queries = [
      "",
      "ageBand=4_6",
      "organizationType=public_foundation,private_centre,state_institution",
      "ageBand=7_12&organizationType=public_foundation,private_centre,parents_association",
      "category=assessment,early_intervention&ageBand=0_3",
    ];
    for (const query of queries) await expectMatrixListsMatch(admin, query);
    for (const query of queries) {
      const body = await expectMatrixListsMatch(coordinator, query, 10);
      expect(body.regions.map((region) => region.code).sort()).toEqual(["KZ-47", "KZ-79"]);
    }
  });

  it("counts partners by where their services are, not by the regions they say they serve", async () => {
    const { body } = await admin.get<TCoverage>("/api/analytics/coverage?region=KZ-10");
    const region = body.regions[0];
    const byRegionsServed = await totalOf(admin, "/api/organizations?region=KZ-10&status=active");
    expect(byRegionsServed).not.toBe(region?.partners);
    expect(await totalOf(admin, "/api/organizations?serviceRegion=KZ-10&status=active")).toBe(
      region?.partners,
    );
  });

  it("leads from active memoranda, as of today or over a period, to the memoranda list", async () => {
    const periods = [
      "",
      `from=${await dayFromToday(ctx.db, -200)}&to=${await dayFromToday(ctx.db, -50)}`,
      `from=${await dayFromToday(ctx.db, -60)}`,
      `to=${await dayFromToday(ctx.db, -350)}`,
    ];
    const seen = new Set<number>();
    for (const client of [admin, coordinator]) {
      for (const query of periods) {
        const { body } = await client.get<TCoverage>(`/api/analytics/coverage?${query}`);
        expect(body.period === null).toBe(query === "");
        for (const region of body.regions) {
          const list = new URLSearchParams({ region: region.code, reviewState: "signed" });
          if (body.period) {
            list.set("activeFrom", body.period.from);
            list.set("activeTo", body.period.to);
          } else list.set("lifecycle", "active,expiring");
          const url = `/api/memoranda?${list}`;
          expect(await totalOf(client, url), url).toBe(region.activeMemoranda);
          if (region.code === "KZ-79") seen.add(region.activeMemoranda);
        }
      }
    }
    // The periods do change the figure, so the list's period filter is exercised.
    expect(seen.size).toBeGreaterThan(2);
  });

  it("rejects a bad service filter on the organizations list and a bad date on the memoranda list", async () => {
    for (const url of [
      "/api/organizations?category=Bad!",
      "/api/organizations?ageBand=1_2",
      "/api/organizations?serviceRegion=KZ-7",
      "/api/memoranda?activeFrom=2025-13-01",
    ]) {
      const response = await admin.get(url);
      expect(response.status, url).toBe(400);
    }
  });
});
