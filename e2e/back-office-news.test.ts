import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { translate } from "../src/server/i18n/translate.ts";
import { pngBytes } from "../src/server/test/factories/files.factory.ts";
import { type HomeRegionData, seedHomeRegion } from "../src/server/test/factories/home.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "aliya.news@example.kz";
const kk = (key: string, params: Record<string, string | number> = {}) => translate("kk", key, params);

let site: E2eSite;
let admin: SignedInClient;
let shymkent: HomeRegionData;
/** The post drafted when the Shymkent memorandum was signed. */
let newsId: string;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Әлия Серікқызы" });
  shymkent = await seedHomeRegion(site.ctx, admin, "KZ-79", "Söile");
  const drafted = await admin.get(`/api/news?linkedKind=memorandum&linkedId=${shymkent.memorandumId}`);
  expect(drafted.body.items).toHaveLength(1);
  expect(drafted.body.items[0]).toMatchObject({ published: false, regionCode: "KZ-79" });
  newsId = drafted.body.items[0].id;
}, 120_000);

afterAll(() => site?.close());

async function expectToast(page: Page, text: string) {
  await expectText(page, ".toasts [role=status] .toast__message", text);
}

/** Writes `text` into one language tab of the n-th per-language field of the form. */
async function fillLocalized(page: Page, field: number, locale: string, text: string) {
  const fieldset = page.locator("form fieldset.localized-field").nth(field);
  await fieldset.locator(`[role=tab]:has(span[lang=${locale}])`).click();
  await fieldset.locator(`[lang=${locale}]:is(input, textarea)`).fill(text);
}

const TITLES = {
  kk: "Шымкентте «Söile» орталығымен меморандумға қол қойылды",
  ru: "В Шымкенте подписан меморандум с центром «Söile»",
  en: "Shymkent branch signs a memorandum with the Söile centre",
};

describe("back office: news and the verification queue in a browser", () => {
  it("an admin edits the drafted post in three languages, adds a photo, publishes and withdraws it; a family report is resolved", {
    timeout: 180_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await page.goto("/app/news");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await page.fill("input[type=email]", ADMIN_EMAIL);
      await page.fill("input[type=password]", TEST_PASSWORD);
      await page.click("main button[type=submit]");

      // News opens on the drafts: the one signing wrote is there.
      await page.waitForURL((url) => url.pathname === "/app/news");
      await expectText(page, "main h1", kk("app.nav.news"));
      await expectText(page, "table caption", kk("app.news.caption.draft"));
      const postLink = page.locator(`main table a[href="/app/news/${newsId}"]`);
      await postLink.waitFor();
      await expectAccessible(page, "news list (kk)");

      // Edit: the title in three languages, the English text.
      await postLink.click();
      await page.waitForURL(new RegExp(`/app/news/${newsId}$`));
      await expectText(page, "main h2", kk("app.news.links.title"));
      await expectText(page, "main .item-list", "«Söile» меморандумы", false);
      await fillLocalized(page, 0, "kk", TITLES.kk);
      await fillLocalized(page, 0, "ru", TITLES.ru);
      await fillLocalized(page, 0, "en", TITLES.en);
      await fillLocalized(
        page,
        2,
        "en",
        "The Shymkent city branch signed a memorandum with the Söile centre.",
      );
      // Publishing waits for the changes to be saved.
      const publish = page.getByRole("button", { name: kk("app.news.publishing.publish"), exact: true });
      expect(await publish.isDisabled()).toBe(true);
      await page.click("form.news-form button[type=submit]");
      await expectToast(page, kk("app.news.saved"));
      const saved = (await admin.get(`/api/news/${newsId}`)).body;
      expect(saved.title).toEqual(TITLES);
      expect(saved.body.en).toBe("The Shymkent city branch signed a memorandum with the Söile centre.");
      expect(saved.body.kk.length).toBeGreaterThan(20); // the drafted Kazakh text stays

      // A photo: uploaded, attached, shown as a thumbnail the browser could load.
      await page.setInputFiles(".attachments__upload input[type=file]", {
        name: "signing.png",
        mimeType: "image/png",
        buffer: Buffer.from(await pngBytes(800, 600)),
      });
      await page.click(".attachments__upload button[type=submit]");
      const thumbnail = page.locator(".attachments__list img").first();
      await thumbnail.waitFor();
      await until(
        async () =>
          (await thumbnail.evaluate((image) => (image as { naturalWidth: number }).naturalWidth)) > 0,
      );
      const photos = (await admin.get(`/api/news/${newsId}/attachments`)).body.items;
      expect(
        photos.map((photo: { kind: string; file: { originalName: string } }) => [
          photo.kind,
          photo.file.originalName,
        ]),
      ).toEqual([["photo", "signing.png"]]);
      await expectAccessible(page, "news post (kk)");

      // Publish: on the public news page in English.
      await publish.click();
      await expectToast(page, kk("app.news.published"));
      await page.goto("/news?lang=en");
      await expect(page.locator("main").textContent()).resolves.toContain(TITLES.en);

      // Back in the office: withdraw it, after confirming.
      await page.goto(`/app/news/${newsId}`);
      await page.getByRole("button", { name: kk("app.news.publishing.unpublish"), exact: true }).click();
      await expectText(page, "dialog[open] h2", kk("app.news.publishing.unpublish_confirm"));
      await expectAccessible(page, "unpublish confirmation (kk)");
      await page.click("dialog[open] .button--danger");
      await expectToast(page, kk("app.news.unpublished"));
      expect((await admin.get(`/api/news/${newsId}`)).body.published).toBe(false);
      expect((await site.ctx.anonymous.get(`/api/news/${newsId}`)).status).toBe(404);

      // A family reports a problem on the public site…
      const message = `The address of Söile has changed (${Date.now()}).`;
      await page.goto(`/services/${shymkent.serviceId}?lang=ru`);
      await page.fill("#report-message", message);
      await Promise.all([page.waitForURL(/\/report\/sent/), page.click(".report-form button[type=submit]")]);

      // …and it waits in the verification queue (reached from Home), where it is resolved with a note.
      await page.goto("/app/");
      await expectText(page, "#home-reports + ul", message, false);
      await expectAccessible(page, "home with links (kk)");
      await page.click(`main a:has-text("${kk("app.home.reports.open_queue")}")`);
      await page.waitForURL((url) => url.pathname === "/app/verification");
      await expectText(page, "main h1", kk("app.nav.verification"));
      const card = page.locator(".queue-item", { hasText: message });
      await card.waitFor();
      await expectAccessible(page, "verification queue: reports (kk)");
      await card.locator("button", { hasText: kk("app.verification.reports.resolve_start") }).click();
      await card.locator("textarea").fill("Мекенжай орталықпен тексеріліп, жаңартылды.");
      await card.locator("button[type=submit]").click();
      await expectText(
        page,
        "dialog[open] h2",
        kk("app.verification.reports.resolve_confirm", { name: "«Söile» логопеді" }),
      );
      await page.click("dialog[open] .confirm-dialog__actions .button:not(.button--secondary)");
      await expectToast(page, kk("app.verification.reports.resolved_toast", { name: "«Söile» логопеді" }));
      await until(async () => (await page.locator(".queue-item", { hasText: message }).count()) === 0);
      const reports = (await admin.get("/api/reports?status=resolved")).body.items;
      expect(reports.find((report: { message: string }) => report.message === message)).toMatchObject({
        status: "resolved",
        resolutionNote: "Мекенжай орталықпен тексеріліп, жаңартылды.",
      });

      // The stale listings: the never-verified service, marked verified by the admin.
      await page.click(`main nav.view-switch a:has-text("${kk("app.verification.tab.due")}")`);
      await page.waitForURL(/tab=due/);
      const row = page.locator("main table tbody tr", { hasText: "«Söile» логопеді" });
      await row.waitFor();
      await expectAccessible(page, "verification queue: due listings (kk)");
      await row.locator("button").click();
      await expectToast(page, kk("app.verification.due.verified_toast", { name: "«Söile» логопеді" }));
      const service = (await admin.get(`/api/services/${shymkent.serviceId}`)).body;
      expect(Date.parse(service.lastVerifiedAt)).toBeGreaterThan(Date.now() - 86_400_000 * 2);

      // The queue on a phone: nothing wider than the screen.
      await page.setViewportSize(PHONE_VIEWPORT);
      await page.goto("/app/verification?status=all");
      await page.locator(".queue-item", { hasText: message }).waitFor();
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
