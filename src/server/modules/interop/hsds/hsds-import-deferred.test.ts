import { randomUUID } from "node:crypto";
import { strToU8 } from "fflate";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHsdsPackage } from "../../../../../bench/hsds-import-phase.ts";
import type { TDirectorySearchResponse } from "../../../../shared/contracts/directory.ts";
import { withActor } from "../../../db/client.ts";
import { createTestContext, type TestContext } from "../../../test/test-context.ts";
import { type ImportOptions, importHsds, readBatch } from "./hsds-import.service.ts";
import { planImport } from "./hsds-import-plan.ts";
import { writePlan } from "./hsds-import-write.ts";
import { tablesOf } from "./hsds-json.ts";
import type { HsdsObjectName } from "./hsds-schemas.ts";
import { filesOfZip, type SourceFile } from "./hsds-source.ts";
import { tableOf } from "./hsds-tables.ts";

let ctx: TestContext;
let client: pg.Client;
const options: ImportOptions = { locale: "kk", defaultRegion: null, partial: false, actorId: null };
const first = filesOfZip(buildHsdsPackage(400, 4242));
const records = readBatch(first).records;
const recordsOf = (object: HsdsObjectName) => records.filter((r) => r.object === object).map((r) => r.record);

beforeAll(async () => {
  ctx = await createTestContext();
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await ctx.close();
});

/** The read model as it is: entries, texts, facet cells, coverage facts, cells and partner counts. */
async function readModel() {
  const { rows } = await client.query(`SELECT
    (SELECT json_agg(e ORDER BY e.service_id, e.location_id) FROM directory_entries e) AS entries,
    (SELECT json_agg(json_build_array(t.service_id, t.location_id, t.search_text, t.search_vector::text)
       ORDER BY t.service_id, t.location_id) FROM directory_texts t) AS texts,
    (SELECT json_agg(f ORDER BY f.need_group, f.region_code, f.cost, f.category_codes::text, f.languages::text, f.min_age, f.max_age)
       FROM directory_facets f) AS facets,
    (SELECT json_agg(f ORDER BY f.service_id, f.region_code) FROM coverage_facts f) AS facts,
    -- Cells that went back to zero stay in place (render-coverage-sql.ts), a recount has none.
    (SELECT json_agg(c ORDER BY c.age_band, c.region_code, c.category_code, c.organization_type)
       FROM coverage_cells c WHERE c.services <> 0 OR c.partners <> 0) AS cells,
    (SELECT json_agg(p ORDER BY p.region_code, p.category_code, p.age_band, p.organization_type, p.organization_id)
       FROM coverage_partner_organizations p) AS partners`);
  return rows[0] as Record<string, unknown>;
}

/** The read model recounted from the sources by the set-based rebuilds, then rolled back. */
async function recount() {
  await client.query("BEGIN");
  try {
    await client.query("SELECT yntymaq_rebuild_directory(), yntymaq_rebuild_coverage()");
    return await readModel();
  } finally {
    await client.query("ROLLBACK");
  }
}

async function expectRecounted() {
  const kept = await readModel();
  expect(kept.entries).not.toBeNull();
  expect(kept).toEqual(await recount());
}

const scalar = async (query: string, params: unknown[] = []) =>
  Number((await client.query<{ n: string }>(query, params)).rows[0]?.n);
const version = () => scalar("SELECT version AS n FROM directory_state WHERE id = 1");
const auditRows = () => scalar("SELECT count(*) AS n FROM audit_log");

/** A batch in the tabular JSON form ({"services.csv": [...]}), as another directory could send it. */
function jsonBatch(byObject: Partial<Record<HsdsObjectName, Array<Record<string, unknown>>>>): SourceFile[] {
  const tables = Object.fromEntries(
    Object.entries(byObject).map(([object, rows]) => [tableOf(object as HsdsObjectName).file, rows]),
  );
  return [{ name: "batch.json", bytes: strToU8(JSON.stringify(tables)) }];
}

async function search(q: string) {
  const response = await ctx.anonymous.get<TDirectorySearchResponse>(
    `/api/directory/search?q=${encodeURIComponent(q)}&perPage=50`,
  );
  expect(response.status).toBe(200);
  return response.body;
}

describe("HSDS import with deferred read-model maintenance", () => {
  it("leaves the directory and coverage equal to a recount, bumps the version and audits every row", async () => {
    const before = await version();
    const report = await importHsds(ctx.db, first, options);
    expect(report.written).toBe(true);
    expect(report.counts.services).toBe(400);
    expect(await version()).toBeGreaterThan(before);
    const audited = await scalar(
      "SELECT count(*) AS n FROM audit_log WHERE table_name = 'services' AND action = 'insert'",
    );
    expect(audited).toBe(400);
    await expectRecounted();
    expect(await scalar("SELECT count(*) AS n FROM read_model_deferrals")).toBe(0);
  });

  it("refreshes services outside the batch whose organization or location it changed", async () => {
    const services = recordsOf("service");
    const links = recordsOf("service_at_location");
    // An organization with several listed services, renamed by a batch that holds none of them.
    const listed = services.filter((s) => s.status === "active" && links.some((k) => k.service_id === s.id));
    const counts = new Map<unknown, number>();
    for (const s of listed) counts.set(s.organization_id, (counts.get(s.organization_id) ?? 0) + 1);
    const organization = recordsOf("organization").find((o) => (counts.get(o.id) ?? 0) >= 2);
    // Two listed services of other organizations, one closed and one left without locations, and a
    // location of yet other services, moved: those services must follow, though not in the batch.
    const others = listed.filter((s) => s.organization_id !== organization?.id);
    const [closed, unlinked] = others;
    const location = recordsOf("location").find(
      (l) =>
        l.organization_id !== organization?.id &&
        links.some((k) => k.location_id === l.id && others.slice(2).some((s) => s.id === k.service_id)),
    );
    if (!organization || !location || !closed || !unlinked) throw new Error("generated data lacks a case");
    const newName = "Қайта аталған ұйым Xylofonqa";
    const renamed = {
      ...organization,
      name: newName,
      translations: { kk: { name: newName }, ru: { name: newName }, en: { name: newName } },
    };
    const street = { address_1: "Жаңа көше 7", city: "Түркістан" };
    const moved = { ...location, translations: { kk: street } };
    const address = recordsOf("address").find((a) => a.location_id === location.id);
    const beforeVersion = await version();
    const beforeAudit = await auditRows();
    const report = await importHsds(
      ctx.db,
      jsonBatch({
        organization: [renamed],
        location: [moved],
        address: [{ ...address, ...street }],
        service: [
          { ...closed, status: "inactive" },
          { ...unlinked, status: "active" },
        ],
        service_at_location: links.filter((k) => k.service_id === closed.id),
      }),
      options,
    );
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(await version()).toBeGreaterThan(beforeVersion);
    expect(await auditRows()).toBeGreaterThan(beforeAudit);
    await expectRecounted();

    const found = await search("Xylofonqa");
    const ofOrganization = listed.filter((s) => s.organization_id === organization.id).map((s) => s.id);
    expect(new Set(found.items.map((i) => i.serviceId))).toEqual(new Set(ofOrganization));
    expect(
      await scalar("SELECT count(*) AS n FROM directory_entries WHERE service_id = ANY ($1::uuid[])", [
        [closed.id, unlinked.id],
      ]),
    ).toBe(0);
    expect(await scalar("SELECT count(*) AS n FROM coverage_facts WHERE service_id = $1", [closed.id])).toBe(
      0,
    );
  });

  it("changes nothing, not even the version, when the same batch comes again", async () => {
    // The first batch undoes the second test's changes: those rows are written again.
    const beforeRestore = await version();
    expect((await importHsds(ctx.db, first, options)).written).toBe(true);
    expect(await version()).toBeGreaterThan(beforeRestore);
    await expectRecounted();
    const settled = await version();
    const settledAudit = await auditRows();
    const model = await readModel();
    expect((await importHsds(ctx.db, first, options)).written).toBe(true);
    expect(await version()).toBe(settled);
    expect(await auditRows()).toBe(settledAudit);
    expect(await readModel()).toEqual(model);
  });

  it("writes nothing when a batch is rejected or its write fails half-way", async () => {
    const model = await readModel();
    const beforeVersion = await version();
    const beforeAudit = await auditRows();
    const [service] = recordsOf("service");
    const rejected = await importHsds(
      ctx.db,
      jsonBatch({ service: [{ ...service, id: randomUUID(), organization_id: randomUUID() }] }),
      options,
    );
    expect(rejected.written).toBe(false);

    // A plan whose last service points at no organization: the database refuses it after the rest was written.
    const batch = tablesOf(readBatch(first).records).tables;
    const plan = planImport(
      batch,
      { organizations: new Set(), locations: new Set(), services: new Set() },
      options,
    );
    const last = plan.services.at(-1);
    if (!last) throw new Error("empty plan");
    last.row = { ...last.row, id: randomUUID(), organizationId: randomUUID() };
    plan.organizations = plan.organizations.map((p) => ({
      ...p,
      row: { ...p.row, email: "new@example.kz" },
    }));
    await expect(withActor(ctx.db, null, (tx) => writePlan(tx, plan))).rejects.toThrow();

    expect(await readModel()).toEqual(model);
    expect(await version()).toBe(beforeVersion);
    expect(await auditRows()).toBe(beforeAudit);
    expect(await scalar("SELECT count(*) AS n FROM organizations WHERE email = 'new@example.kz'")).toBe(0);
    expect(await scalar("SELECT count(*) AS n FROM read_model_deferrals")).toBe(0);
  });

  it("applies what a deferring transaction left pending when it commits", async () => {
    const [organization] = recordsOf("organization");
    const [location] = recordsOf("location");
    const beforeVersion = await version();
    const id = randomUUID();
    await client.query("BEGIN");
    await client.query("SELECT yntymaq_defer_read_model()");
    await client.query(
      `INSERT INTO services (id, organization_id, name, cost) VALUES ($1, $2, '{"kk":"Кешіктірілген қызмет"}', 'free')`,
      [id, organization?.id],
    );
    await client.query("INSERT INTO service_locations (service_id, location_id) VALUES ($1, $2)", [
      id,
      location?.id,
    ]);
    expect(await scalar("SELECT count(*) AS n FROM directory_entries WHERE service_id = $1", [id])).toBe(0);
    await client.query("COMMIT");
    expect(await scalar("SELECT count(*) AS n FROM directory_entries WHERE service_id = $1", [id])).toBe(1);
    expect(await scalar("SELECT count(*) AS n FROM coverage_facts WHERE service_id = $1", [id])).toBe(1);
    expect(await version()).toBeGreaterThan(beforeVersion);
    await expectRecounted();
  });
});
