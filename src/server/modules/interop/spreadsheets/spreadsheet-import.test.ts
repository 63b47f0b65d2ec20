import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOrganization,
  validBin,
  withWrongCheckDigit,
} from "../../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../../test/test-context.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { services } from "../../services/services.schema.ts";
import { csvBytes, type UploadFields, uploadForm } from "./import-upload.test-support.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

const upload = (client: SignedInClient, path: string, fields: UploadFields, lang = "en") =>
  uploadForm(ctx, client, path, fields, lang);
const csv = csvBytes;
const organizationCount = async () => (await ctx.db.select({ n: count() }).from(organizations))[0]?.n ?? 0;
const importFile = (
  client: SignedInClient,
  kind: string,
  file: Uint8Array,
  extra: UploadFields = {},
  lang = "en",
) => upload(client, "/api/imports/spreadsheet", { kind, file, ...extra }, lang);

describe("spreadsheet import of organizations", () => {
  it("suggests a mapping from Russian and Kazakh headers, any case and script", async () => {
    const file = csv([
      "НАЗВАНИЕ;Атауы;тип;Деңгейі;бин;Обслуживаемые регионы;Qyzmet korsetetin onirler",
      "Фонд;Қор;Общественный фонд;облыстық;;KZ-47;",
    ]);
    const { status, body } = await upload(admin, "/api/imports/spreadsheet/preview", {
      kind: "organizations",
      file,
    });
    expect(status).toBe(200);
    expect(body.columns).toHaveLength(7);
    expect(body.rowCount).toBe(1);
    expect(body.suggestedMapping).toMatchObject({
      name_ru: 0,
      name_kk: 1,
      type: 2,
      level: 3,
      bin: 4,
      regions_served: 5,
    });
    expect(body.fields.find((f: { key: string }) => f.key === "type")).toEqual({
      key: "type",
      label: "Type",
      required: true,
    });
  });

  it("dry-runs a valid CSV without writing, then imports it in one go", async () => {
    const bin = validBin();
    const file = csv([
      "Name (en),Атауы (kk),Type,Level,BIN,Regions served,Target groups,Published in the directory",
      `Ana Mahabbaty foundation,«Ана махаббаты» қоры,Public foundation,region,${bin},Mangystau Region; KZ-79,ASD; cerebral_palsy,yes`,
      "Boccia federation,,sport_federation,Regional,,Маңғыстау облысы,,нет",
    ]);
    const before = await organizationCount();
    const dry = await importFile(admin, "organizations", file, { dryRun: "true" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, valid: true, rowCount: 2, created: 0, errors: [] });
    expect(dry.body.rows.map((r: { name: string }) => r.name)).toEqual([
      "Ana Mahabbaty foundation",
      "Boccia federation",
    ]);
    expect(await organizationCount()).toBe(before);

    const done = await importFile(admin, "organizations", file);
    expect(done.status).toBe(201);
    expect(done.body.created).toBe(2);
    const created = (await admin.get(`/api/organizations/${done.body.rows[0].id}`)).body;
    expect(created).toMatchObject({
      bin,
      type: "public_foundation",
      level: "region",
      regionsServed: ["KZ-47", "KZ-79"],
      targetGroups: ["asd", "cerebral_palsy"],
      published: true,
    });
    const audit = await admin.get(`/api/audit?entity=organizations&id=${done.body.rows[0].id}`);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain(admin.userId);
  });

  it("rejects the whole batch naming each bad row and column, and writes nothing", async () => {
    const file = csv([
      "Name (en),Type,Level,BIN,Published in the directory",
      "Good one,public_foundation,city,,yes",
      ",public_foundation,city,,yes",
      `Bad checksum,public_foundation,city,${withWrongCheckDigit(validBin())},yes`,
      "Unknown type,spaceship,city,,yes",
      "Bad boolean,public_foundation,city,,maybe",
    ]);
    const before = await organizationCount();
    const { status, body } = await importFile(admin, "organizations", file);
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toBe("Nothing was written: 4 problems found.");
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual([
      "3:Name (en)",
      "4:BIN",
      "5:Type",
      "6:Published in the directory",
    ]);
    expect(body.error.details[1].message).toBe(
      "Row 4, column «BIN»: The BIN check digit does not match — check the number.",
    );
    expect(body.error.details[2].message).toContain("spaceship");
    expect(await organizationCount()).toBe(before);

    const dry = await importFile(admin, "organizations", file, { dryRun: "true" }, "ru");
    expect(dry.status).toBe(200);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.errors[0]).toMatchObject({ row: 3, column: "Name (en)", field: "Название (en)" });
  });

  it("refuses a missing required column, a BIN already registered or repeated, and non-UTF-8 text", async () => {
    const missing = await importFile(admin, "organizations", csv(["Name (en),Level", "X,city"]));
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0]).toMatchObject({
      path: "mapping.type",
      message: "No column is chosen for «Type», which is required.",
    });

    const taken = (await createOrganization(admin, { bin: validBin() })).bin as string;
    const fresh = validBin();
    const duplicates = await importFile(
      admin,
      "organizations",
      csv([
        "Name (en),Type,Level,BIN",
        `A,public_foundation,city,${taken}`,
        `B,public_foundation,city,${fresh}`,
        `C,public_foundation,city,${fresh}`,
      ]),
    );
    expect(duplicates.status).toBe(400);
    expect(duplicates.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      "Row 2, column «BIN»: An organization with this BIN is already registered.",
      "Row 4, column «BIN»: This BIN also appears in row 3 of the file.",
    ]);

    const cp1251 = new Uint8Array([
      ...new TextEncoder().encode("Name (ru),Type,Level\n"),
      0xd4,
      0xee,
      0xed,
      0xe4,
      0x2c,
      0x61,
    ]);
    const encoding = await importFile(admin, "organizations", cp1251, {}, "kk");
    expect(encoding.status).toBe(400);
    expect(encoding.body.error.details[0]).toMatchObject({ path: "file" });
    expect(encoding.body.error.details[0].message).toContain("UTF-8");
    expect(encoding.body.error.details[0].message).toContain("2-жол");
  });

  it("imports an XLSX file with the given mapping; a coordinator only for its own regions", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("data");
    sheet.addRow(["Ұйым атауы", "Түр", "Деңгей", "Өңір"]);
    sheet.addRow(["«Шұғыла» орталығы", "private_centre", "city", "Шымкент"]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const mapping = JSON.stringify({ name_kk: 0, type: 1, level: 2, regions_served: 3 });
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const outside = await importFile(coordinator, "organizations", file, { mapping });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0].path).toBe("2:Өңір");
    const shymkent = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const done = await importFile(shymkent, "organizations", file, { mapping });
    expect(done.status).toBe(201);
    expect(done.body.rows[0].name).toBe("«Шұғыла» орталығы");
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await importFile(viewer, "organizations", file, { mapping })).status).toBe(403);
  });
});

describe("spreadsheet import of services", () => {
  it("links services to their organization by BIN or id and rejects unknown ones", async () => {
    const organization = await createOrganization(admin, { bin: validBin() });
    const file = csv([
      "Ұйым,Название (ru),Стоимость,Минимальный возраст,Виды помощи",
      `${organization.bin},Логопед,бесплатно,3,Коррекционная педагогика и логопедия`,
      `${organization.id},Психолог,Тегін,4,`,
    ]);
    const preview = await upload(admin, "/api/imports/spreadsheet/preview", { kind: "services", file }, "ru");
    expect(preview.body.suggestedMapping).toMatchObject({
      organization: 0,
      name_ru: 1,
      cost: 2,
      min_age: 3,
      categories: 4,
    });
    const done = await importFile(admin, "services", file);
    expect(done.status).toBe(201);
    const stored = await ctx.db.select().from(services).where(eq(services.organizationId, organization.id));
    expect(stored.map((row) => row.categoryCodes)).toContainEqual(["correctional_pedagogy"]);

    const bad = await importFile(
      admin,
      "services",
      csv([
        "Organization,Name (en),Cost,Minimum age",
        `${validBin()},X,free,3`,
        `${organization.bin},Y,free,three`,
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      "2:Organization",
      "3:Minimum age",
    ]);
    expect(bad.body.error.details[1].message).toContain("whole number");
  });

  it("lets a partner import services of its own organization only; coordinators not at all", async () => {
    const own = await createOrganization(admin, { bin: validBin() });
    const other = await createOrganization(admin, { bin: validBin() });
    const partner = await ctx.signIn({ role: "partner", organizationId: own.id });
    const file = csv([
      "Organization,Name (kk),Cost",
      `${own.bin},Ертеңгі сабақ,free`,
      `${other.bin},Бөтен,paid`,
    ]);
    const refused = await importFile(partner, "services", file);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(["3:Organization"]);
    const done = await importFile(
      partner,
      "services",
      csv(["Organization,Name (kk),Cost", `${own.bin},Ертеңгі сабақ,free`]),
    );
    expect(done.status).toBe(201);
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    expect((await importFile(coordinator, "services", file)).status).toBe(403);
  });
});
