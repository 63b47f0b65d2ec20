import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../src/server/test/test-context.ts";
import { endBulkLoad, loadServices, rebuildReadModel, startBulkLoad } from "./bulk-load.ts";
import { LOADED_TABLES } from "./bulk-triggers.ts";
import { generateDataset } from "./data-generator.ts";

let ctx: TestContext;
let client: pg.Client;
const SERVICES = 3000;
const expected = { organizations: 0, locations: 0, services: 0, service_locations: 0 };

const one = async (query: string): Promise<any> => (await client.query(query)).rows[0];

beforeAll(async () => {
  ctx = await createTestContext();
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  for (const batch of generateDataset({ seed: 9, services: SERVICES, batchSize: 1000 })) {
    expected.organizations += batch.organizations.length;
    expected.locations += batch.locations.length;
    expected.services += batch.services.length;
    expected.service_locations += batch.serviceLocations.length;
  }
  const second = new pg.Client({ connectionString: ctx.databaseUrl });
  await second.connect();
  const loader = await startBulkLoad([client, second]);
  await loadServices(loader, generateDataset({ seed: 9, services: SERVICES, batchSize: 1000 }), SERVICES);
  await rebuildReadModel(client);
  await endBulkLoad(loader);
  await second.end();
});

afterAll(async () => {
  await client.end();
  await ctx.close();
});

describe("bulk load", () => {
  it("inserts every generated row", async () => {
    for (const [table, count] of Object.entries(expected))
      expect(Number((await one(`select count(*) as n from ${table}`)).n)).toBe(count);
  });

  it("skips the per-row audit and restores every trigger afterwards", async () => {
    expect(Number((await one("select count(*) as n from audit_log")).n)).toBe(0);
    const { rows } = await client.query(
      `select t.tgname, t.tgenabled from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where not t.tgisinternal and c.relname = any($1::text[])`,
      [LOADED_TABLES],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.tgenabled, row.tgname).toBe("O");
  });

  it("still runs the triggers that compute a row's own columns, and fills the read model", async () => {
    const searchKey = await one(
      `select count(*) as n from information_schema.columns where table_name = 'services' and column_name = 'search_key'`,
    );
    if (Number(searchKey.n) > 0)
      expect(Number((await one("select count(*) as n from services where search_key is null")).n)).toBe(0);
    const hasReadModel = await one("select to_regclass('directory_entries') is not null as found");
    if (!hasReadModel.found) return;
    const visible = await one(
      `select count(*) as n from services s join service_locations sl on sl.service_id = s.id
       join organizations o on o.id = s.organization_id
       where s.published and s.status = 'active' and o.published and o.status = 'active'`,
    );
    expect(Number(visible.n)).toBeGreaterThan(SERVICES * 0.8);
    expect(Number((await one("select count(*) as n from directory_entries")).n)).toBe(Number(visible.n));
  });
});
