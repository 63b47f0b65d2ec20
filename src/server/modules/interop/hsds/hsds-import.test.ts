import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/test-context.ts";
import { services } from "../../services/services.schema.ts";
import { buildHsdsExport } from "./hsds-export.service.ts";
import { type ImportOptions, importHsds } from "./hsds-import.service.ts";
import { presentReport } from "./hsds-import-report.ts";
import { HSDS_EXAMPLES_DIR } from "./hsds-paths.ts";
import { readSource } from "./hsds-source.ts";

let ctx: TestContext;
let scratch: string;
const options: ImportOptions = { locale: "en", defaultRegion: "KZ-79", partial: false, actorId: null };
const SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";

const exampleJson = async (name: string) =>
  JSON.parse(await readFile(path.join(HSDS_EXAMPLES_DIR, name), "utf8")) as Record<string, any>;

/** The fields Yntymaq models, compared one by one; docs/hsds.md lists the others. */
function expectModelled(
  actual: Record<string, any> | undefined,
  expected: Record<string, any>,
  fields: string[],
) {
  expect(actual, "record was exported").toBeDefined();
  for (const field of fields)
    expect({ field, value: actual?.[field] }).toEqual({ field, value: expected[field] });
}
const SERVICE_FIELDS = [
  "id",
  "organization_id",
  "name",
  "description",
  "url",
  "email",
  "status",
  "application_process",
  "fees_description",
  "wait_time",
  "minimum_age",
  "assured_date",
];
const ORGANIZATION_FIELDS = ["id", "name", "description", "email", "website"];

async function serviceCount() {
  const [row] = await ctx.db.select({ n: count() }).from(services);
  return row?.n ?? 0;
}

/** A copy of the official CSV package with one file changed. */
async function brokenPackage(file: string, change: (text: string) => string | Buffer) {
  const dir = await mkdtemp(path.join(scratch, "broken-"));
  await cp(path.join(HSDS_EXAMPLES_DIR, "csv"), dir, { recursive: true });
  await writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), "utf8")));
  return dir;
}

beforeAll(async () => {
  ctx = await createTestContext();
  scratch = await mkdtemp(path.join(os.tmpdir(), "yntymaq-hsds-"));
});
afterAll(async () => {
  await ctx.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("HSDS import: broken packages are rejected whole, with file, row and field", () => {
  const cases: Array<
    [
      string,
      string,
      (text: string) => string | Buffer,
      { file: string; row: string; field: string; message: string },
    ]
  > = [
    [
      "a missing required field",
      "services.csv",
      (t) => t.replace("Community Counselling,", ","),
      { file: "services.csv", row: "2", field: "name", message: "required field is missing" },
    ],
    [
      "a bad id reference",
      "service_at_location.csv",
      (t) => t.replace(`,${SERVICE_ID},`, ",11111111-2222-4333-8444-555555555555,"),
      {
        file: "service_at_location.csv",
        row: "2",
        field: "service_id",
        message: "record 11111111-2222-4333-8444-555555555555 is neither in the package nor in the database",
      },
    ],
    [
      "a wrong type",
      "services.csv",
      (t) => t.replace(",12,100,", ",twelve,100,"),
      { file: "services.csv", row: "2", field: "minimum_age", message: "must be of type number" },
    ],
    [
      "a non-UTF-8 CSV",
      "services.csv",
      (t) => Buffer.from(t.replace("£", "\u00a3"), "latin1"),
      { file: "services.csv", row: "2", field: "", message: "the file is not UTF-8" },
    ],
  ];
  for (const [what, file, change, expected] of cases) {
    it(`rejects ${what} and writes nothing`, async () => {
      const before = await serviceCount();
      const report = await importHsds(ctx.db, await readSource(await brokenPackage(file, change)), options);
      expect(report.written).toBe(false);
      expect(presentReport(report, "en").errors).toContainEqual(expected);
      expect(await serviceCount()).toBe(before);
    });
  }

  it("with --partial imports the valid records and rejects the rest", async () => {
    const dir = await brokenPackage("services.csv", (t) => t.replace(",12,100,", ",twelve,100,"));
    const report = await importHsds(ctx.db, await readSource(dir), { ...options, partial: true });
    expect(report.written).toBe(true);
    expect(report.counts).toMatchObject({
      organizations: 1,
      locations: 1,
      services: 0,
      servicesAtLocations: 0,
    });
    expect(report.rejects.map((r) => [r.source.file, r.source.row]).sort()).toEqual([
      ["service_at_location.csv", "2"],
      ["services.csv", "2"],
    ]);
    expect(report.rejects.find((r) => r.source.file === "services.csv")?.issues[0]?.field).toBe(
      "minimum_age",
    );
  });
});

describe("HSDS import: the official examples", () => {
  it("imports the CSV package and exports it back equal field by field, and again changes nothing", async () => {
    const report = await importHsds(ctx.db, await readSource(path.join(HSDS_EXAMPLES_DIR, "csv")), options);
    expect(presentReport(report, "en").errors).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.ignoredFiles).toContain("programs.csv");
    const csvRow = async (file: string) => {
      const [header, row] = (await readFile(path.join(HSDS_EXAMPLES_DIR, "csv", file), "utf8")).split("\n");
      return { header, row };
    };
    expect((await csvRow("services.csv")).header).toContain("wait_time");
    const exported = await buildHsdsExport(ctx.db, "en");
    const tabular = await exampleJson("tabular.json");
    const [serviceIn] = tabular["services.csv"];
    expectModelled(
      exported.tables.get("service")?.find((s) => s.id === SERVICE_ID),
      serviceIn,
      SERVICE_FIELDS,
    );
    const [orgIn] = tabular["organizations.csv"];
    expectModelled(
      exported.tables.get("organization")?.find((o) => o.id === orgIn.id),
      orgIn,
      ORGANIZATION_FIELDS,
    );
    const [salIn] = tabular["service_at_location.csv"];
    expectModelled(
      exported.tables.get("service_at_location")?.find((s) => s.id === salIn.id),
      salIn,
      ["id", "service_id", "location_id"],
    );
    const [addressIn] = tabular["addresses.csv"];
    expectModelled(
      exported.tables.get("address")?.find((a) => a.id === addressIn.id),
      addressIn,
      ["id", "location_id", "address_1", "city"],
    );
    const [locationIn] = tabular["locations.csv"];
    expectModelled(
      exported.tables.get("location")?.find((l) => l.id === locationIn.id),
      locationIn,
      ["id", "name"],
    );
    const phone = exported.tables.get("phone")?.find((p) => p.service_id === SERVICE_ID);
    expect(phone).toMatchObject({ id: tabular["phones.csv"][0].id, number: tabular["phones.csv"][0].number });
    const schedule = exported.tables.get("schedule")?.find((s) => s.service_id === SERVICE_ID);
    expect(schedule).toMatchObject({
      id: tabular["schedules.csv"][0].id,
      description: tabular["schedules.csv"][0].description,
    });

    const [before] = await ctx.db
      .select({ version: services.version })
      .from(services)
      .where(eq(services.id, SERVICE_ID));
    const again = await importHsds(ctx.db, await readSource(path.join(HSDS_EXAMPLES_DIR, "csv")), options);
    expect(again.written).toBe(true);
    const [after] = await ctx.db
      .select({ version: services.version })
      .from(services)
      .where(eq(services.id, SERVICE_ID));
    expect(after?.version).toBe(before?.version);
    expect(await serviceCount()).toBe(1);
  });

  it("imports the nested JSON examples and exports them back equal field by field", async () => {
    for (const file of ["service_full.json", "organization_full.json", "service_at_location_full.json"]) {
      const report = await importHsds(ctx.db, await readSource(path.join(HSDS_EXAMPLES_DIR, file)), options);
      expect({ file, errors: presentReport(report, "en").errors }).toEqual({ file, errors: [] });
    }
    const input = await exampleJson("service_full.json");
    const exported = await buildHsdsExport(ctx.db, "en");
    const output = exported.services.find((s) => s.id === SERVICE_ID) as Record<string, any>;
    // The nested example names its organization by nesting it, not by organization_id.
    expectModelled(
      output,
      input,
      SERVICE_FIELDS.filter((field) => field !== "organization_id"),
    );
    expect(output.organization_id).toBe(input.organization.id);
    expectModelled(output.organization, input.organization, ORGANIZATION_FIELDS);
    expectModelled(output.phones[0], input.phones[0], ["id", "number"]);
    expectModelled(output.schedules[0], input.schedules[0], ["id", "description"]);
    const [salOut, salIn] = [output.service_at_locations[0], input.service_at_locations[0]];
    expectModelled(salOut, salIn, ["id"]);
    expectModelled(salOut.location, salIn.location, ["id", "name"]);
    expectModelled(salOut.location.addresses[0], salIn.location.addresses[0], ["id", "address_1", "city"]);
    expect(await serviceCount()).toBe(1);
  });

  it("links new records to organizations, services and locations already in the database", async () => {
    const newService = "6f1c2d3e-4b5a-4c6d-8e7f-901234567890";
    const file = path.join(scratch, "more.json");
    await writeFile(
      file,
      JSON.stringify([
        {
          id: newService,
          name: "Speech therapy",
          status: "active",
          organization_id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        },
        {
          id: "7a1c2d3e-4b5a-4c6d-8e7f-901234567890",
          service_id: newService,
          location_id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
        },
      ]),
    );
    const report = await importHsds(ctx.db, await readSource(file), options);
    expect(presentReport(report, "en").errors).toEqual([]);
    expect(report.counts).toMatchObject({ organizations: 0, services: 1, servicesAtLocations: 1 });
    const exported = await buildHsdsExport(ctx.db, "en");
    const linked = exported.services.find((s) => s.id === newService) as Record<string, any>;
    expect(linked.service_at_locations[0]).toMatchObject({
      id: "7a1c2d3e-4b5a-4c6d-8e7f-901234567890",
      location: { id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5" },
    });
  });
});
