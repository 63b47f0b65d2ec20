import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import {
  createCardService,
  DETAILED_SERVICE,
  KAZAKH_LETTERS,
  longestTexts,
} from "../../test/factories/help-card.factory.ts";
import { pdfContent, pdfEmbeddedFonts, pdfPageCount, pdfTextRuns } from "../../test/pdf-inspect.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import type { HelpCard, HelpCardEntry } from "./help-card.model.ts";
import { renderHelpCardPdf } from "./help-card-pdf.ts";
import { qrMatrix } from "./qr-matrix.ts";

let ctx: TestContext;
let ids: Map<string, string>;
let detailed: string;
const longest: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
  detailed = await createCardService(admin);
  for (let index = 1; index <= 12; index++) {
    longest.push(
      await createCardService(admin, longestTexts(index), { ru: "проспект Абая, 52 ".repeat(25) }),
    );
  }
});
afterAll(() => ctx.close());

async function getPdf(path: string) {
  const response = await ctx.app.request(path);
  return {
    status: response.status,
    headers: response.headers,
    pdf: Buffer.from(await response.arrayBuffer()),
  };
}

/** Text runs of the PDF joined, so a name that PDFKit drew as several runs on one line still matches. */
const textOf = (pdf: Buffer) => pdfTextRuns(pdf).join("");

describe("GET /help-card.pdf", () => {
  it.each([
    ["kk", "Көмек картасы"],
    ["ru", "Карточка помощи"],
    ["en", "Help card"],
  ] as const)("is a one-page A4 PDF with embedded DejaVu fonts in %s", async (lang, title) => {
    const chosen = [ids.get("speech-shymkent"), detailed].join(",");
    const { status, headers, pdf } = await getPdf(`/help-card.pdf?ids=${chosen}&lang=${lang}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("content-disposition")).toBe('inline; filename="yntymaq-help-card.pdf"');
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5 * 1024);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdfEmbeddedFonts(pdf)).toEqual(expect.arrayContaining(["DejaVuSans", "DejaVuSans-Bold"]));
    const text = textOf(pdf);
    expect(text).toContain(title);
    expect(text).toContain(DETAILED_SERVICE.name[lang]);
    expect(text).toContain(DETAILED_SERVICE.phone);
  });

  it("keeps the Kazakh letters of a name, readable through the font's ToUnicode map", async () => {
    const { pdf } = await getPdf(`/help-card.pdf?ids=${detailed}&lang=kk`);
    expect(DETAILED_SERVICE.name.kk).toMatch(/Ә.*Ғ.*Қ.*Ң.*Ө.*Ұ.*Ү.*Һ.*І/);
    // Text runs are joined without the line breaks between them, and where a long name wraps depends on the
    // width of the random ids in the printed link: compare without white space.
    const compact = (text: string) => text.replace(/\s+/g, "");
    expect(compact(textOf(pdf))).toContain(compact(DETAILED_SERVICE.name.kk));
    expect(textOf(pdf)).not.toContain("\uFFFD");
    for (const letter of KAZAKH_LETTERS.split(" ")) expect(textOf(pdf)).toContain(letter);
  });

  it("links back to the card with a clickable URL and a QR code drawn from its modules", async () => {
    const chosen = [ids.get("pmpk-almaty"), detailed].join(",");
    const url = `${ctx.config.baseUrl}/help-card?ids=${chosen}&lang=en`;
    const { pdf } = await getPdf(`/help-card.pdf?ids=${chosen}&lang=en`);
    expect(pdf.toString("latin1")).toContain(`/URI (${url})`);
    // One filled rectangle per dark run of the QR code, plus the white square behind it.
    const rectangles = pdfContent(pdf).match(/ re\b/g) ?? [];
    expect(rectangles.length).toBeGreaterThanOrEqual(qrMatrix(url).runs.length + 1);
  });

  it.each(["kk", "ru", "en"] as const)(
    "fits twelve services with the longest texts on one page (%s)",
    async (lang) => {
      const { status, pdf } = await getPdf(`/help-card.pdf?ids=${longest.join(",")}&lang=${lang}`);
      expect(status).toBe(200);
      expect(pdfPageCount(pdf)).toBe(1);
      const runs = pdfTextRuns(pdf);
      const prefix = { kk: "Өңірлік", ru: "Областной", en: "Regional" }[lang];
      for (let index = 1; index <= 12; index++) {
        expect(runs.some((run) => run.startsWith(`${index} ${prefix}`))).toBe(true);
      }
    },
  );

  it("answers 400 and 404 like the HTML card", async () => {
    expect((await getPdf("/help-card.pdf?ids=nope")).status).toBe(400);
    const hidden = await getPdf(`/help-card.pdf?ids=${ids.get("hidden-speech-shymkent")}&lang=en`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("content-type")).toContain("text/html");
  });
});

describe("renderHelpCardPdf", () => {
  it("stays on one page even when every text is far longer than the card allows", async () => {
    const huge = (text: string) => ({ text: `${text} `.repeat(400) });
    const entry = (index: number): HelpCardEntry => ({
      id: `id-${index}`,
      name: huge(`Қызмет ${index}`),
      organization: huge("Ұйым"),
      address: huge("Мекенжай"),
      phone: "+7 700 000 00 00",
      cost: "Тегін",
      ages: "0–18 жас",
      languages: "қазақ тілі, орыс тілі, ағылшын тілі",
      apply: huge("Өтініш"),
      referral: "Басқа құжаттар қажет",
      referralNote: huge("Анықтама"),
    });
    const card: HelpCard = {
      locale: "kk",
      siteName: "Yntymaq",
      entries: Array.from({ length: 12 }, (_, index) => entry(index + 1)),
      skipped: 0,
      ids: [],
      listUrl: `https://yntymaq.example.kz/help-card?ids=${Array(12).fill("8f0b6c1e-2a4d-4c3b-9e5f-1a2b3c4d5e6f").join(",")}&lang=kk`,
      printedOn: "2026 ж. 1 қыркүйек",
    };
    const pdf = await renderHelpCardPdf(card);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(textOf(pdf)).toContain("Қызмет 12");
  });
});
