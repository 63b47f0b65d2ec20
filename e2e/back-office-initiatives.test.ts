import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { pdfBytes, pngBytes } from "../src/server/test/factories/files.factory.ts";
import { initiativeInput } from "../src/server/test/factories/initiatives.factory.ts";
import {
  createSignedMemorandum,
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
} from "../src/server/test/factories/memoranda.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { DESKTOP, expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const COORDINATOR_EMAIL = "coordinator.shymkent@example.kz";
const MEMORANDUM_TITLE = "«ORDA» қауымдастығымен инклюзия туралы меморандум";
const INITIATIVE_TITLE = "Ерекше балаларға арналған бочча жарысы";
const PRACTICE_TITLE = "Сенсорлық бөлме";

let site: E2eSite;
let admin: SignedInClient;
let memorandumId: string;
let organizationId: string;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin" });
  const branchId = await insertBranch(site.ctx.db, "KZ-79", "Шымкент қалалық");
  organizationId = await insertPartnerOrganization(site.ctx.db, "ORDA");
  const signed = await createSignedMemorandum(
    admin,
    memorandumInput(
      { branchIds: [branchId], organizationIds: [organizationId] },
      { title: { kk: MEMORANDUM_TITLE, en: "Inclusion memorandum with ORDA" } },
    ),
  );
  memorandumId = signed.id;
  // Another region's initiative under the same memorandum: the region filter must leave it out.
  const other = await admin.post(
    "/api/initiatives",
    initiativeInput([memorandumId], { regionCode: "KZ-47" }),
  );
  if (other.status !== 201) throw new Error(`initiative failed: ${JSON.stringify(other.body)}`);
  await site.ctx.signIn({
    role: "coordinator",
    regionCodes: ["KZ-79"],
    email: COORDINATOR_EMAIL,
    name: "Сәуле Үйлестіруші",
  });
}, 120_000);

afterAll(() => site?.close());

/** The page fits a 360-px phone without sideways scrolling. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize(PHONE_VIEWPORT);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
    PHONE_VIEWPORT.width,
  );
  await page.setViewportSize(DESKTOP);
}

describe("initiatives and best practices in the back office", () => {
  it("a Shymkent coordinator reports an initiative with reach and a photo, and writes a practice", {
    timeout: 180_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await page.goto("/app/initiatives");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await page.fill("input[type=email]", COORDINATOR_EMAIL);
      await page.fill("input[type=password]", TEST_PASSWORD);
      await page.click("main button[type=submit]");

      // The list: every region's initiatives with their reach totals.
      await expectText(page, "main h1", "Бастамалар");
      await expectText(page, "table tbody", "дөңгелек үстел", false);
      await expect(page.locator("nav.main-nav a").allTextContents()).resolves.toEqual(
        expect.arrayContaining(["Бастамалар", "Озық тәжірибелер"]),
      );
      await expectAccessible(page, "initiatives list (kk)");

      // A new initiative: inline errors first, then a complete one under the signed memorandum.
      await page.click("main a[href='/app/initiatives/new']");
      await expectText(page, "main h1", "Жаңа бастама");
      await page.click("main form button[type=submit]");
      await expectText(page, "main .field__error", "Кемінде бір тілде толтырыңыз", false);
      await page.fill("input[lang=kk]", INITIATIVE_TITLE);
      await page.getByLabel("Түрі").selectOption("sport_event");
      await page.getByLabel("Басталу күні").fill("2025-05-15");
      await page.getByLabel("Балалар").fill("45");
      await page.getByLabel("Ата-аналар").fill("30");
      await page.getByLabel("Мамандар").fill("8");
      await page.getByLabel("Меморандумды іздеу").fill("ORDA");
      await page.getByRole("button", { name: `Қосу ${MEMORANDUM_TITLE}` }).click();
      await page.getByRole("checkbox", { name: "«ORDA» қоғамдық бірлестігі" }).check();
      await expectAccessible(page, "new initiative (kk)");
      await expectFitsPhone(page);
      await page.click("main form button[type=submit]");

      // Its own screen: the photo goes up, gets a thumbnail and shows.
      await page.waitForURL(/\/app\/initiatives\/[0-9a-f-]{36}$/);
      await expectText(page, "main h1", INITIATIVE_TITLE);
      await page.setInputFiles(".attachments input[type=file]", {
        name: "boccia.png",
        mimeType: "image/png",
        buffer: Buffer.from(await pngBytes(800, 600)),
      });
      await page.click(".attachments button[type=submit]");
      await expectText(page, ".attachments__list", "boccia.png", false);
      const thumbnail = page.locator(".attachments__list img").first();
      await until(
        async () =>
          (await thumbnail.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)) >
          0,
      );
      expect(await thumbnail.getAttribute("src")).toMatch(/\/api\/files\/[0-9a-f-]{36}\/thumbnail$/);
      await expectAccessible(page, "initiative with a photo (kk)");

      // Back in the list, filtered to Shymkent: only the new initiative, its figures in the totals.
      await page.click("nav.main-nav >> text=Бастамалар");
      await page.selectOption("#initiatives-region", "KZ-79");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/region=KZ-79/);
      await until(async () => (await page.locator("table tbody tr").count()) === 1);
      await expectText(page, "table tbody", INITIATIVE_TITLE, false);
      await expectText(page, "main .lead", "45 бала, 30 ата-ана, 8 маман", false);

      // A best practice with a tag, a PDF and a region that replicated it.
      await page.click("nav.main-nav >> text=Озық тәжірибелер");
      await expectText(page, "main h1", "Озық тәжірибелер");
      await expectText(page, "main .state", "Сүзгіге сәйкес тәжірибелер жоқ.");
      await expectAccessible(page, "practices library (kk)");
      await page.click("main a[href='/app/practices/new']");
      await expectText(page, "main h1", "Жаңа тәжірибе");
      await page.getByLabel("Атауы (Қазақша)").fill(PRACTICE_TITLE);
      await page.getByLabel("Толық сипаттамасы (Қазақша)").fill("Жұмсақ жарығы бар тыныш бөлме.");
      const tags = page.getByLabel("Тегтер", { exact: true });
      await tags.fill("Аутизм");
      await tags.press("Enter");
      await expectText(page, ".tags-field .practice-tags", "аутизм", false);
      await expectAccessible(page, "new practice (kk)");
      await page.click("main form button[type=submit]");
      await page.waitForURL(/\/app\/practices\/[0-9a-f-]{36}$/);
      await expectText(page, "main h1", PRACTICE_TITLE);
      await page.setInputFiles(".attachments input[type=file]", {
        name: "sensory-room.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from(pdfBytes("Sensory room guide")),
      });
      await page.click(".attachments button[type=submit]");
      await expectText(page, ".attachments__list", "sensory-room.pdf", false);
      await page.getByRole("button", { name: "Өңір қосу" }).click();
      await page.selectOption(".replications__row select", "KZ-47");
      await page.getByLabel("Жылы", { exact: true }).fill("2025");
      await page.getByRole("button", { name: "Өңірлерді сақтау" }).click();
      await expectText(page, ".toasts [role=status]", "Қайталаған өңірлер сақталды.", false);
      await expectAccessible(page, "practice with a file and a replication (kk)");
      await expectFitsPhone(page);

      // What the API now holds.
      const listed = (await admin.get("/api/initiatives?region=KZ-79")).body;
      expect(listed.items).toHaveLength(1);
      const initiative = listed.items[0];
      expect(initiative).toMatchObject({
        type: "sport_event",
        title: { kk: INITIATIVE_TITLE },
        startDate: "2025-05-15",
        endDate: null,
        regionCode: "KZ-79",
        reach: { children: 45, parents: 30, specialists: 8 },
        memorandumIds: [memorandumId],
        organizationIds: [organizationId],
      });
      const photos = (await admin.get(`/api/initiatives/${initiative.id}/attachments`)).body.items;
      expect(
        photos.map((item: { kind: string; file: { contentType: string; originalName: string } }) => [
          item.kind,
          item.file.originalName,
        ]),
      ).toEqual([["media", "boccia.png"]]);
      expect(photos[0].file.thumbnailUrl).toBeTruthy();
      const practice = (await admin.get("/api/practices?tag=аутизм")).body.items[0];
      expect(practice).toMatchObject({
        title: { kk: PRACTICE_TITLE },
        tags: ["аутизм"],
        regionCode: "KZ-79",
        published: false,
        replications: [{ regionCode: "KZ-47", year: 2025, note: null }],
      });
      const files = (await admin.get(`/api/practices/${practice.id}/attachments`)).body.items;
      expect(files.map((item: { file: { contentType: string } }) => item.file.contentType)).toEqual([
        "application/pdf",
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
