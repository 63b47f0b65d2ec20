import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCoverage } from "../../../shared/contracts/analytics.ts";
import {
  insertAnalyticsBranch,
  insertAnalyticsInitiative,
  insertAnalyticsMemorandum,
} from "../../test/factories/analytics.factory.ts";
import { generateCoverageDataset } from "../../test/factories/coverage.factory.ts";
import { pdfEmbeddedFonts, pdfTextRuns } from "../../test/pdf-inspect.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  await generateCoverageDataset(ctx.db, 7, 120);
  const branch = await insertAnalyticsBranch(ctx.db, "KZ-79");
  const memorandumId = (
    await insertAnalyticsMemorandum(ctx.db, { branchIds: [branch], signedDate: "2025-02-01" })
  ).id;
  await insertAnalyticsInitiative(ctx.db, {
    regionCode: "KZ-79",
    startDate: "2025-03-05",
    reach: [14, 9, 4],
    memorandumIds: [memorandumId],
  });
});
afterAll(() => ctx.close());

async function download(client: SignedInClient, path: string) {
  const response = await ctx.app.request(path, { headers: { cookie: client.cookie ?? "" } });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

const HEADERS = {
  kk: ["Өңір", "Қызмет санаты", "Қызметтер", "Тегін"],
  ru: ["Регион", "Категория услуг", "Услуги", "Бесплатные"],
  en: ["Region", "Service category", "Services", "Free"],
} as const;

describe("coverage exports", () => {
  it.each(["kk", "ru", "en"] as const)(
    "writes CSV with %s headers and the matrix's numbers",
    async (lang) => {
      const { status, headers, body } = await download(
        admin,
        `/api/analytics/coverage.csv?region=KZ-79&lang=${lang}`,
      );
      expect(status).toBe(200);
      expect(headers.get("content-type")).toContain("text/csv");
      const text = body.toString("utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, total] = text.slice(1).trim().split(/\r?\n/);
      expect(header?.split(",").slice(0, 4)).toEqual(HEADERS[lang]);
      const matrix = (await admin.get<TCoverage>("/api/analytics/coverage?region=KZ-79")).body;
      expect(total?.split(",")[2]).toBe(String(matrix.regions[0]?.services));
      expect(text.trim().split(/\r?\n/)).toHaveLength(1 + 1 + matrix.categories.length);
    },
  );

  it("writes an XLSX workbook with translated headers and one row per region total and cell", async () => {
    const { status, headers, body } = await download(
      admin,
      "/api/analytics/coverage.xlsx?lang=kk&ageBand=0_3",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Қамту");
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(HEADERS.kk);
    const matrix = (await admin.get<TCoverage>("/api/analytics/coverage?ageBand=0_3")).body;
    expect(sheet.getRow(2).getCell(3).value).toBe(matrix.regions[0]?.services);
    expect(sheet.getRow(2 + matrix.regions.length * (1 + matrix.categories.length)).values).toEqual([]);
  });

  it("keeps the caller's scope and refuses partners and bad filters", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const mine = (await download(coordinator, "/api/analytics/coverage.csv?lang=en")).body.toString("utf8");
    expect(mine).toContain("Mangystau");
    expect(mine).not.toContain("Shymkent");
    expect((await download(admin, "/api/analytics/coverage.csv?ageBand=9")).status).toBe(400);
    expect((await download(ctx.anonymous as SignedInClient, "/api/analytics/coverage.xlsx")).status).toBe(
      401,
    );
  });
});

describe("region report PDF", () => {
  const textOf = (pdf: Buffer) => pdfTextRuns(pdf).join("");

  it("is a PDF in Kazakh with DejaVu embedded, the region's coverage, memoranda and reach", async () => {
    const { status, headers, body } = await download(
      admin,
      "/api/analytics/report.pdf?region=KZ-79&from=2025-01-01&to=2025-12-31&lang=kk",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfEmbeddedFonts(body)).toEqual(expect.arrayContaining(["DejaVuSans", "DejaVuSans-Bold"]));
    const text = textOf(body);
    for (const words of [
      "Шымкент: қамту есебі",
      "Санаттар бойынша қызметтер",
      "Бірлескен бастамалар",
      "қол қойылды",
    ])
      expect(text).toContain(words);
    expect(text).toContain("2025-03");
  });

  it("speaks Russian and English when asked", async () => {
    const ru = textOf((await download(admin, "/api/analytics/report.pdf?region=KZ-79&lang=ru")).body);
    expect(ru).toContain("отчёт об охвате");
    const en = textOf((await download(admin, "/api/analytics/report.pdf?region=KZ-79&lang=en")).body);
    expect(en).toContain("coverage report");
  });

  it("answers 404 for a region outside the scope and 400 without a region", async () => {
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    expect((await download(coordinator, "/api/analytics/report.pdf?region=KZ-79")).status).toBe(404);
    expect((await download(coordinator, "/api/analytics/report.pdf?region=KZ-47")).status).toBe(200);
    expect((await download(admin, "/api/analytics/report.pdf")).status).toBe(400);
    expect(
      (await download(admin, "/api/analytics/report.pdf?region=KZ-79&from=2025-05-01&to=2025-01-01")).status,
    ).toBe(400);
  });
});
