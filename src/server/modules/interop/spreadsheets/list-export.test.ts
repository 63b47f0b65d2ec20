import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSignedMemorandum,
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
} from "../../../test/factories/memoranda.factory.ts";
import { createOrganization } from "../../../test/factories/organizations.factory.ts";
import { pdfEmbeddedFonts, pdfTextRuns } from "../../../test/pdf-inspect.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../../test/test-context.ts";
import { formulaSafe } from "./spreadsheet-write.ts";

let ctx: TestContext;
let admin: SignedInClient;
let mangystau: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  mangystau = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  await createOrganization(admin, {
    name: {
      kk: "«Қамқор жүрек» қоғамдық бірлестігі",
      ru: "ОО «Камкор журек»",
      en: "Qamqor Jürek association",
    },
    type: "public_association",
    regionsServed: ["KZ-19"],
  });
  await createOrganization(admin, {
    name: { ru: '=HYPERLINK("http://evil.example")', en: "@SUM(A1)" },
    type: "private_centre",
    regionsServed: ["KZ-79"],
  });
  const shymkent = await insertBranch(ctx.db, "KZ-79", "Шымкент");
  const aktau = await insertBranch(ctx.db, "KZ-47", "Ақтау");
  const orda = await insertPartnerOrganization(ctx.db, "ORDA");
  const boccia = await insertPartnerOrganization(ctx.db, "Boccia");
  await createSignedMemorandum(
    admin,
    memorandumInput(
      { branchIds: [shymkent], organizationIds: [orda] },
      { number: "M-2025/01", title: { kk: "Әлеуметтік қолдау, ғылым, қызмет, өңір, ұлттық үміт, һәм іс" } },
    ),
  );
  const draft = await admin.post(
    "/api/memoranda",
    memorandumInput(
      { branchIds: [shymkent], organizationIds: [orda] },
      { number: "DRAFT-79", title: { en: "Shymkent draft" } },
    ),
  );
  expect(draft.status).toBe(201);
  const own = await mangystau.post(
    "/api/memoranda",
    memorandumInput(
      { branchIds: [aktau], organizationIds: [boccia] },
      { number: "DRAFT-47", title: { en: "Aktau draft" } },
    ),
  );
  expect(own.status).toBe(201);
});
afterAll(() => ctx.close());

async function download(client: { cookie: string | null }, path: string) {
  const response = await ctx.app.request(path, { headers: { cookie: client.cookie ?? "" } });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

const csvLines = (body: Buffer) =>
  body
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);

describe("list exports", () => {
  it("writes partners as CSV with a BOM, headers in the chosen language and the list's filters", async () => {
    const { status, headers, body } = await download(
      admin,
      "/api/exports/organizations.csv?lang=ru&region=KZ-19",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/csv");
    expect(body.toString("utf8").charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csvLines(body);
    expect(header?.split(",").slice(0, 3)).toEqual(["Название", "БИН", "Тип"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("ОО «Камкор журек»");
    expect(rows[0]).toContain("Общественное объединение");
    const kk = csvLines((await download(admin, "/api/exports/organizations.csv?lang=kk&region=KZ-19")).body);
    expect(kk[0]?.split(",")[0]).toBe("Атауы");
    expect(kk[1]).toContain("«Қамқор жүрек» қоғамдық бірлестігі");
  });

  it("escapes cells that a spreadsheet would run as formulas", async () => {
    const lines = csvLines(
      (await download(admin, "/api/exports/organizations.csv?lang=ru&region=KZ-79")).body,
    );
    expect(lines.join("\n")).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(formulaSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formulaSafe("-1+2")).toBe("'-1+2");
    expect(formulaSafe("+7 701")).toBe("'+7 701");
    expect(formulaSafe(42)).toBe(42);
    expect(formulaSafe("Шымкент")).toBe("Шымкент");
  });

  it("writes an XLSX workbook that reads back with the same rows", async () => {
    const { status, headers, body } = await download(
      admin,
      "/api/exports/memoranda.xlsx?lang=en&reviewState=signed",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Memoranda");
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Number", "Title", "Parties"]);
    expect(sheet.actualRowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe("M-2025/01");
    expect(String(sheet.getRow(2).getCell(9).value)).toBe("Signed");
  });

  it("holds only what the caller sees: a coordinator's export has no other region's drafts", async () => {
    const mine = csvLines((await download(mangystau, "/api/exports/memoranda.csv?lang=en")).body).join("\n");
    expect(mine).toContain("DRAFT-47");
    expect(mine).toContain("M-2025/01");
    expect(mine).not.toContain("DRAFT-79");
    const all = csvLines((await download(admin, "/api/exports/memoranda.csv?lang=en")).body).join("\n");
    expect(all).toContain("DRAFT-79");
  });

  it("exports services and initiatives, and refuses anonymous callers and bad filters", async () => {
    expect((await download(admin, "/api/exports/services.xlsx?lang=kk")).status).toBe(200);
    const initiatives = await download(admin, "/api/exports/initiatives.csv?lang=en");
    expect(csvLines(initiatives.body)[0]).toContain("Children");
    expect((await download({ cookie: null }, "/api/exports/organizations.csv")).status).toBe(401);
    const bad = await download(admin, "/api/exports/memoranda.csv?reviewState=lost&lang=en");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error.details[0].path).toBe("reviewState.0");
  });
});

describe("memoranda registry PDF", () => {
  it("prints the registry in Kazakh with DejaVu embedded and every Kazakh letter intact", async () => {
    const { status, headers, body } = await download(
      admin,
      "/api/exports/memoranda.pdf?lang=kk&reviewState=signed",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(pdfEmbeddedFonts(body)).toEqual(expect.arrayContaining(["DejaVuSans", "DejaVuSans-Bold"]));
    const text = pdfTextRuns(body).join("");
    expect(text).toContain("Ынтымақтастық меморандумдарының тізілімі");
    for (const letter of ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"]) expect(text).toContain(letter);
    expect(text).toContain("M-2025/01");
    expect(text).not.toContain("DRAFT-79");
  });

  it("speaks Russian when asked", async () => {
    const text = pdfTextRuns((await download(admin, "/api/exports/memoranda.pdf?lang=ru")).body).join("");
    expect(text).toContain("Реестр меморандумов о сотрудничестве");
  });
});
