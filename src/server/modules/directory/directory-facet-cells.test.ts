import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZDirectorySearchQuery } from "../../../shared/contracts/directory.ts";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { facetCellConditions, searchConditions } from "./directory-conditions.ts";
import { facetCounts, facetCountsFromCells } from "./directory-search.repository.ts";
import { parseQuery } from "./query-parser.ts";

let ctx: TestContext;
let admin: SignedInClient;
let client: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  await seedDirectory(admin);
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await ctx.close();
});

/** The cells as the triggers keep them, and as a fresh count over the entries would make them. */
async function cellsAndRecount() {
  const order = "ORDER BY 1, 2, 3, 4::text, 5::text, 6, 7";
  const kept = await client.query(
    `SELECT need_group, region_code, cost, category_codes, languages, min_age, max_age, entries
     FROM directory_facets ${order}`,
  );
  const recount = await client.query(
    `SELECT g AS need_group, region_code, cost, category_codes, languages,
       coalesce(min_age, 0)::smallint AS min_age, coalesce(max_age, 99)::smallint AS max_age, count(*)::int AS entries
     FROM directory_entries, unnest(need_groups || '{-1}'::smallint[]) AS g GROUP BY 1, 2, 3, 4, 5, 6, 7 ${order}`,
  );
  const texts = await client.query(
    `SELECT (SELECT count(*) FROM directory_texts)::int AS texts, (SELECT count(*) FROM directory_entries)::int AS entries,
       (SELECT count(*) FROM directory_texts t WHERE NOT EXISTS (SELECT 1 FROM directory_entries e
          WHERE e.service_id = t.service_id AND e.location_id = t.location_id))::int AS orphans`,
  );
  return { kept: kept.rows, recount: recount.rows, texts: texts.rows[0] };
}

async function expectConsistent() {
  const { kept, recount, texts } = await cellsAndRecount();
  expect(kept).toEqual(recount);
  expect(texts.orphans).toBe(0);
  expect(texts.texts).toBe(texts.entries);
  // Every query the cells can answer gives the same facets from the cells as from a scan of the entries.
  for (const params of [
    "",
    "q=logoped",
    "q=Шымкент",
    "q=autism&cost=free",
    "region=KZ-75&language=kk",
    "q=boccia",
    "age=4",
    "q=logoped&age=10&cost=free",
    "region=KZ-79&age=0",
    "age=25",
  ]) {
    const query = ZDirectorySearchQuery.parse(Object.fromEntries(new URLSearchParams(params)));
    const parsed = parseQuery(query.q ?? "");
    const cells = facetCellConditions(query, parsed);
    expect(cells, params).not.toBeNull();
    const fromCells = await facetCountsFromCells(ctx.db, cells ?? []);
    expect(fromCells, params).toEqual(await facetCounts(ctx.db, searchConditions(query, parsed)));
  }
}

describe("directory facet cells", () => {
  it("equal a recount of the entries after inserts, updates, hides and deletes, and texts follow their entries", async () => {
    const { kept } = await cellsAndRecount();
    expect(kept.length).toBeGreaterThan(0);
    await expectConsistent();

    const organization = await createOrganization(admin, {
      name: { en: "Cells check" },
      regionsServed: ["KZ-62"],
    });
    const location = await createLocation(admin, organization.id, {
      regionCode: "KZ-62",
      locality: { en: "Zhezkazgan" },
    });
    const service = await createService(admin, organization.id, {
      name: { en: "Boccia training" },
      locationIds: [location.id],
      cost: "free",
    });
    await expectConsistent();
    const before = await ctx.anonymous.get("/api/directory/search?q=boccia&region=KZ-62");
    expect(before.body.total).toBe(1);

    const renamed = await admin.patch(`/api/services/${service.id}`, {
      version: service.version,
      name: { en: "Music lessons" },
    });
    expect(renamed.status).toBe(200);
    await expectConsistent();
    expect((await ctx.anonymous.get("/api/directory/search?q=boccia&region=KZ-62")).body.total).toBe(0);

    const moved = await admin.patch(`/api/locations/${location.id}`, {
      version: location.version,
      regionCode: "KZ-35",
    });
    expect(moved.status).toBe(200);
    await expectConsistent();

    const hidden = await admin.patch(`/api/services/${service.id}`, {
      version: renamed.body.version,
      published: false,
    });
    expect(hidden.status).toBe(200);
    await expectConsistent();

    expect((await admin.delete(`/api/services/${service.id}`)).status).toBe(204);
    await expectConsistent();
    expect(
      (await client.query("SELECT count(*)::int AS n FROM directory_facets WHERE entries <= 0")).rows[0].n,
    ).toBe(0);
  });

  it("are rebuilt from scratch by yntymaq_rebuild_directory", async () => {
    await client.query("SELECT yntymaq_rebuild_directory()");
    await expectConsistent();
  });
});
