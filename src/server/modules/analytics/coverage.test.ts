import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCoverage } from "../../../shared/contracts/analytics.ts";
import { withActor } from "../../db/client.ts";
import {
  type ExpectedCell,
  expectedCoverage,
  generateCoverageDataset,
} from "../../test/factories/coverage.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  await generateCoverageDataset(ctx.db, 20261203, 400);
});
afterAll(() => ctx.close());

/** The response as `region|category` → counts, only where something is counted (the rest must be gaps). */
function actualOf(coverage: TCoverage): Map<string, ExpectedCell> {
  const actual = new Map<string, ExpectedCell>();
  const counts = (row: ExpectedCell & { gap: boolean }) => {
    expect(row.gap).toBe(row.services === 0);
    return {
      services: row.services,
      freeServices: row.freeServices,
      stateFundedServices: row.stateFundedServices,
      partners: row.partners,
    };
  };
  for (const cell of coverage.cells)
    if (cell.services > 0 || cell.partners > 0)
      actual.set(`${cell.regionCode}|${cell.categoryCode}`, counts(cell));
  for (const region of coverage.regions)
    if (region.services > 0 || region.partners > 0) actual.set(`${region.code}|*`, counts(region));
  return actual;
}

async function expectMatrixMatches(
  client: SignedInClient,
  query: string,
  expected: Map<string, ExpectedCell>,
) {
  const response = await client.get<TCoverage>(`/api/analytics/coverage${query}`);
  expect(response.status).toBe(200);
  expect(actualOf(response.body)).toEqual(expected);
  return response.body;
}

describe("coverage matrix", () => {
  it("equals counts made independently from the raw rows, for admins, with and without filters", async () => {
    const all = await expectMatrixMatches(admin, "", await expectedCoverage(ctx.db));
    expect(all.regions).toHaveLength(20);
    expect(all.cells.length).toBe(20 * all.categories.length);
    expect(all.totals.services).toBe(all.regions.reduce((sum, region) => sum + region.services, 0));
    expect(all.totals.gaps).toBe(all.cells.filter((cell) => cell.services === 0).length);
    expect(all.totals.services).toBeGreaterThan(100);

    await expectMatrixMatches(
      admin,
      "?ageBand=4_6&organizationType=public_foundation,private_centre,state_institution",
      await expectedCoverage(ctx.db, {
        ageBand: "4_6",
        organizationTypes: ["public_foundation", "private_centre", "state_institution"],
      }),
    );
    await expectMatrixMatches(
      admin,
      "?ageBand=13_17&region=KZ-75,KZ-79",
      await expectedCoverage(ctx.db, { ageBand: "13_17", regionCodes: ["KZ-75", "KZ-79"] }),
    );
  });

  it("shows a coordinator its two regions only, whatever it asks for", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47", "KZ-79"] });
    const mine = await expectMatrixMatches(
      coordinator,
      "",
      await expectedCoverage(ctx.db, { regionCodes: ["KZ-47", "KZ-79"] }),
    );
    expect(mine.scope).toEqual({ kind: "regions", regionCodes: ["KZ-47", "KZ-79"] });
    expect(mine.regions.map((region) => region.code).sort()).toEqual(["KZ-47", "KZ-79"]);
    expect(new Set(mine.cells.map((cell) => cell.regionCode))).toEqual(new Set(["KZ-47", "KZ-79"]));

    const other = await coordinator.get<TCoverage>("/api/analytics/coverage?region=KZ-75");
    expect(other.body.regions).toEqual([]);
    expect(other.body.cells).toEqual([]);
    expect(other.body.totals.services).toBe(0);
    await expectMatrixMatches(
      coordinator,
      "?region=KZ-79,KZ-75&ageBand=0_3",
      await expectedCoverage(ctx.db, { regionCodes: ["KZ-79"], ageBand: "0_3" }),
    );
  });

  it("leads from a number to the services list behind it, which has exactly that many", async () => {
    const filters = "ageBand=7_12&organizationType=public_foundation,private_centre,parents_association";
    const { body } = await admin.get<TCoverage>(`/api/analytics/coverage?${filters}`);
    const counted = body.cells.filter((cell) => cell.services > 0).slice(0, 8);
    expect(counted.length).toBeGreaterThan(0);
    for (const cell of counted) {
      const list = `/api/services?${filters}&region=${cell.regionCode}&category=${cell.categoryCode}&status=active&organizationStatus=active`;
      expect((await admin.get(list)).body.total, list).toBe(cell.services);
      expect((await admin.get(`${list}&cost=free`)).body.total, list).toBe(cell.freeServices);
    }
  });

  it("follows inserts, updates and deletes in the writing transaction", async () => {
    const check = async () => {
      await expectMatrixMatches(admin, "", await expectedCoverage(ctx.db));
      await expectMatrixMatches(admin, "?ageBand=7_12", await expectedCoverage(ctx.db, { ageBand: "7_12" }));
    };
    const write = (statement: ReturnType<typeof sql>) =>
      withActor(ctx.db, null, (tx) => tx.execute(statement));

    // A location moves to a region that had none of its services.
    await write(sql`UPDATE locations SET region_code = 'KZ-62'
      WHERE id = (SELECT location_id FROM service_locations ORDER BY location_id LIMIT 1)`);
    await check();
    // Category, cost and ages change on a batch of services.
    await write(sql`UPDATE services SET category_codes = '{adaptive_sport,assessment}', cost = 'paid', min_age = 10, max_age = 14
      WHERE id IN (SELECT id FROM services ORDER BY id LIMIT 30)`);
    await check();
    // An organization is archived, another comes back.
    await write(sql`UPDATE organizations SET status = 'archived'
      WHERE id = (SELECT organization_id FROM services GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)`);
    await write(
      sql`UPDATE organizations SET status = 'active' WHERE id = (SELECT id FROM organizations WHERE status = 'archived' ORDER BY id LIMIT 1)`,
    );
    await check();
    // Services are deleted, one loses a location link, one becomes inactive.
    await write(sql`DELETE FROM services WHERE id IN (SELECT id FROM services ORDER BY id DESC LIMIT 25)`);
    await write(
      sql`DELETE FROM service_locations WHERE (service_id, location_id) = (SELECT service_id, location_id FROM service_locations ORDER BY 1, 2 LIMIT 1)`,
    );
    await write(
      sql`UPDATE services SET status = 'inactive' WHERE id = (SELECT service_id FROM service_locations ORDER BY 1 DESC LIMIT 1)`,
    );
    await check();
    // A new service goes to every location of an organization.
    await write(sql`WITH s AS (
        INSERT INTO services (organization_id, name, category_codes, cost, min_age, max_age)
        SELECT id, '{"kk":"Жаңа"}', '{early_intervention}', 'state_funded', 0, 5 FROM organizations WHERE status = 'active' ORDER BY id LIMIT 1
        RETURNING id, organization_id)
      INSERT INTO service_locations (service_id, location_id) SELECT s.id, l.id FROM s JOIN locations l ON l.organization_id = s.organization_id`);
    await check();
    // A whole organization is deleted.
    await write(
      sql`DELETE FROM organizations WHERE id = (SELECT organization_id FROM services ORDER BY id LIMIT 1)`,
    );
    await check();
  });

  it("rebuilds to the same cells set-based", async () => {
    const cells = sql`SELECT (SELECT json_agg(c ORDER BY c) FROM (SELECT * FROM coverage_cells WHERE services <> 0) c) AS cells,
      (SELECT json_agg(o ORDER BY o) FROM coverage_partner_organizations o) AS organizations`;
    const before = await ctx.db.execute(cells);
    await ctx.db.execute(sql`SELECT yntymaq_rebuild_coverage()`);
    const after = await ctx.db.execute(cells);
    expect(after.rows).toEqual(before.rows);
  });

  it("gives per-10,000-children figures where the population is entered", async () => {
    const put = await admin.put("/api/analytics/population/KZ-79", {
      children: 250_000,
      year: 2025,
      source: "Stat.gov.kz",
    });
    expect(put.status).toBe(200);
    const { body } = await admin.get<TCoverage>("/api/analytics/coverage?region=KZ-79,KZ-75");
    const shymkent = body.regions.find((region) => region.code === "KZ-79");
    const almaty = body.regions.find((region) => region.code === "KZ-75");
    expect(shymkent?.children).toBe(250_000);
    expect(shymkent?.servicesPer10k).toBeCloseTo(((shymkent?.services ?? 0) * 10_000) / 250_000);
    expect(almaty?.servicesPer10k).toBeNull();
    expect(body.totals.children).toBeNull();
  });

  it("refuses partners and anonymous callers, and bad parameters with a translated 400", async () => {
    const { rows } = await ctx.db.execute<{ id: string }>(sql`SELECT id FROM organizations LIMIT 1`);
    const partner = await ctx.signIn({ role: "partner", organizationId: rows[0]?.id ?? null });
    expect((await partner.get("/api/analytics/coverage")).status).toBe(403);
    expect((await ctx.anonymous.get("/api/analytics/coverage")).status).toBe(401);
    for (const query of [
      "ageBand=1_2",
      "region=KZ-7",
      "organizationType=club",
      "from=2025-13-01",
      "category=Bad!",
    ]) {
      const response = await admin.withLang("ru").get(`/api/analytics/coverage?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
    const reversed = await admin.get("/api/analytics/coverage?from=2025-06-01&to=2025-01-01");
    expect(reversed.status).toBe(400);
  });
});
