import { eq } from "drizzle-orm";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../../../test/api-client.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../../test/test-context.ts";
import { services } from "../../services/services.schema.ts";
import { readCsvTable } from "./hsds-csv.ts";
import { buildHsdsExport, hsdsExportZip } from "./hsds-export.service.ts";
import { importHsds } from "./hsds-import.service.ts";
import { presentReport } from "./hsds-import-report.ts";
import { profiledValidator } from "./hsds-profile.ts";
import { compiledValidator, type HsdsObjectName, validateHsdsObject } from "./hsds-schemas.ts";
import { filesOfZip } from "./hsds-source.ts";
import { HSDS_TABLES } from "./hsds-tables.ts";

let ctx: TestContext;
let admin: SignedInClient;
let speech: any;

const PROFILED: Partial<Record<HsdsObjectName, string>> = {
  service: "service.json",
  organization: "organization.json",
  location: "location.json",
};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  const org = await createOrganization(admin, {
    phone: "+7 701 111 22 33",
    description: { kk: "Сипаттама" },
  });
  const location = await createLocation(admin, org.id);
  speech = await createService(admin, org.id, {
    locationIds: [location.id],
    languages: ["kk", "ru", "en"],
    targetGroups: ["asd", "hearing"],
    categoryCodes: ["correctional_pedagogy", "early_intervention"],
    schedule: { kk: "Дс–Жм 9:00–18:00", ru: "Пн–Пт 9:00–18:00" },
    phone: "+7 725 111 22 33",
    cost: "state_funded",
    stateFundedPlaces: 12,
    capacity: 20,
  });
  await createService(admin, org.id, { name: { en: "Not published" }, published: false });
  const other = await createOrganization(admin, {
    name: { ru: "Фонд «Ана махаббаты»" },
    type: "public_foundation",
  });
  await createService(admin, other.id, {
    name: { ru: "Консультации родителей" },
    categoryCodes: ["parent_support"],
  });
  compiledValidator("compiled/service.json");
}, 300_000);
afterAll(() => ctx.close());

describe("HSDS export", () => {
  it("writes public records only, each valid against the official schemas and the profile", async () => {
    const exported = await buildHsdsExport(ctx.db, "kk");
    expect(exported.services.map((s) => s.name).sort()).toEqual([
      "Консультации родителей",
      "Логопедтің сабақтары",
    ]);
    for (const [object, records] of exported.tables) {
      expect(records.length, object).toBeGreaterThan(0);
      for (const record of records) {
        expect({ object, id: record.id, issues: validateHsdsObject(object, record) }).toEqual({
          object,
          id: record.id,
          issues: [],
        });
        const profiled = PROFILED[object] ? profiledValidator(PROFILED[object]) : undefined;
        if (profiled) expect(profiled(record) ? [] : profiled.errors).toEqual([]);
      }
    }
    const nested = compiledValidator("compiled/service.json");
    for (const service of exported.services) expect(nested(service) ? [] : nested.errors).toEqual([]);
  });

  it("zips a data package whose every CSV row validates, and which imports back unchanged", async () => {
    const zip = hsdsExportZip(await buildHsdsExport(ctx.db, "ru"));
    const files = unzipSync(zip);
    const descriptor = JSON.parse(new TextDecoder().decode(files["datapackage.json"]));
    expect(descriptor.resources.map((r: any) => r.path).sort()).toEqual(
      HSDS_TABLES.map((t) => t.file).sort(),
    );
    for (const table of HSDS_TABLES) {
      const { records, issues } = readCsvTable(table, table.file, files[table.file] as Uint8Array);
      expect(issues).toEqual([]);
      for (const { record, row } of records)
        expect({ file: table.file, row, issues: validateHsdsObject(table.object, record) }).toEqual({
          file: table.file,
          row,
          issues: [],
        });
    }
    const [before] = await ctx.db.select().from(services).where(eq(services.id, speech.id));
    const report = await importHsds(ctx.db, filesOfZip(zip), {
      locale: "ru",
      defaultRegion: null,
      partial: false,
      actorId: null,
    });
    expect(presentReport(report, "en").errors).toEqual([]);
    expect(report.counts.services).toBe(2);
    const [after] = await ctx.db.select().from(services).where(eq(services.id, speech.id));
    expect(after).toEqual(before);
  });
});

describe("HSDS admin routes", () => {
  it("lets an admin download the zip and no one else", async () => {
    const response = await ctx.app.request("/api/interop/hsds/export.zip?textLang=en", {
      headers: { cookie: admin.cookie ?? "" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(Object.keys(unzipSync(new Uint8Array(await response.arrayBuffer())))).toContain("services.csv");
    expect((await ctx.anonymous.get("/api/interop/hsds/export.zip")).status).toBe(401);
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    expect((await coordinator.get("/api/interop/hsds/export.zip")).status).toBe(403);
  });

  it("imports an upload and reports; a broken one is a 400 naming file, row and field", async () => {
    const upload = (body: Uint8Array, query = "") =>
      ctx.app.request(`/api/interop/hsds/import${query}`, {
        method: "POST",
        headers: {
          cookie: admin.cookie ?? "",
          origin: TEST_ORIGIN,
          "content-type": "application/zip",
          "accept-language": "ru",
        },
        body,
      });
    const zip = hsdsExportZip(await buildHsdsExport(ctx.db, "kk"));
    const ok = await upload(zip);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ written: true, errors: [], counts: { services: 2 } });

    const files = unzipSync(zip);
    const csv = new TextDecoder().decode(files["services.csv"]).replace(/,active,/, ",open,");
    const broken = await upload(zipSync({ ...files, "services.csv": strToU8(csv) }));
    expect(broken.status).toBe(400);
    const body = (await broken.json()) as any;
    expect(body.error.message).toBe("пакет отклонён, ничего не записано: 1 ошибка");
    expect(body.error.details).toEqual([
      { path: "services.csv:2:status", code: "hsds", message: expect.stringContaining("active") },
    ]);
    const notJson = await upload(strToU8("{ not json"));
    expect(notJson.status).toBe(400);
    expect((await ctx.anonymous.post("/api/interop/hsds/import", {})).status).toBe(401);
  });
});
