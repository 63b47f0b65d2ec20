import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCoverageDataset } from "../../test/factories/coverage.factory.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import type { CoverageFilter } from "./coverage.repository.ts";
import { readCoverageCached } from "./coverage-cache.ts";

let ctx: TestContext;
let client: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext();
  await generateCoverageDataset(ctx.db, 20261204, 60);
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await ctx.close();
});

const version = async () =>
  Number((await client.query("SELECT version FROM analytics_state WHERE id = 1")).rows[0]?.version);
const everything: CoverageFilter = {
  regionCodes: null,
  categoryCodes: null,
  organizationTypes: null,
  ageBand: null,
  period: null,
};

describe("coverage cache", () => {
  it("is current after each committed change to what the matrix reads, and only then", async () => {
    const before = await version();
    await client.query("BEGIN");
    await client.query(
      "UPDATE services SET cost = 'paid' WHERE id = (SELECT id FROM services ORDER BY id LIMIT 1)",
    );
    await client.query("UPDATE region_child_population SET children = children WHERE false");
    await client.query("ROLLBACK");
    expect(await version()).toBe(before);

    const first = await readCoverageCached(ctx.db, everything, 60);
    expect(await readCoverageCached(ctx.db, everything, 60)).toBe(first); // from memory

    // A new service in a region with a location: its cells change, and the next read sees it.
    await client.query(`WITH s AS (
        INSERT INTO services (organization_id, name, category_codes, cost)
        SELECT organization_id, '{"kk":"Жаңа"}', '{early_intervention}', 'free' FROM locations ORDER BY id LIMIT 1
        RETURNING id, organization_id)
      INSERT INTO service_locations (service_id, location_id)
      SELECT s.id, (SELECT id FROM locations WHERE organization_id = s.organization_id ORDER BY id LIMIT 1) FROM s`);
    expect(await version()).toBe(before + 1);
    const after = await readCoverageCached(ctx.db, everything, 60);
    expect(after).not.toBe(first);
    const services = (rows: typeof first) =>
      rows.cells.filter((cell) => cell.categoryCode === "*").reduce((sum, cell) => sum + cell.services, 0);
    expect(services(after)).toBe(services(first) + 1);

    // A memorandum's dates and a region's population are read too.
    await client.query(
      "UPDATE memoranda SET end_date = end_date WHERE id = (SELECT id FROM memoranda LIMIT 1)",
    );
    await client.query(
      "INSERT INTO region_child_population (region_code, children, year, source) VALUES ('KZ-47', 1000, 2025, 'test') ON CONFLICT (region_code) DO UPDATE SET children = 1001",
    );
    expect(await version()).toBeGreaterThanOrEqual(before + 2);
    expect(await readCoverageCached(ctx.db, everything, 60)).not.toBe(after);
  });

  it("keeps each filter apart: a region's rows never answer a wider question", async () => {
    const one = await readCoverageCached(ctx.db, { ...everything, regionCodes: ["KZ-47"] }, 60);
    const all = await readCoverageCached(ctx.db, everything, 60);
    expect(one.regions.map((region) => region.code)).toEqual(["KZ-47"]);
    expect(all.regions).toHaveLength(20);
  });
});
