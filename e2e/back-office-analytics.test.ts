import { mkdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import {
  createSignedMemorandum,
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
} from "../src/server/test/factories/memoranda.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../src/server/test/factories/organizations.factory.ts";
import { TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { DESKTOP, expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "analyst.admin@example.kz";
const DASHBOARD_SCREENSHOT = "docs/analytics-dashboard.png";
const MAP_SCREENSHOT = "docs/analytics-map.png";

let site: E2eSite;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  const admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Әсел Талдаушы" });
  // Mangystau has early intervention in Aktau and nothing else: every other category there is a gap.
  const foundation = await createOrganization(admin, {
    name: { kk: "«Ана Махаббаты» қоғамдық қоры", ru: "Общественный фонд «Ана Махаббаты»" },
    type: "public_foundation",
    level: "region",
    regionsServed: ["KZ-47"],
  });
  const aktau = await createLocation(admin, foundation.id, {
    regionCode: "KZ-47",
    locality: { kk: "Ақтау", ru: "Актау", en: "Aktau" },
    address: { kk: "14-шағын аудан, 5", ru: "14-й микрорайон, 5" },
    postalCode: "130000",
    latitude: 43.6532,
    longitude: 51.1975,
  });
  await createService(admin, foundation.id, {
    name: { kk: "Ерте араласу бағдарламасы", ru: "Программа ранней помощи" },
    categoryCodes: ["early_intervention"],
    minAge: 0,
    maxAge: 3,
    locationIds: [aktau.id],
  });
  // Shymkent has more, so the map has more than one colour.
  const centre = await createOrganization(admin);
  const shymkent = await createLocation(admin, centre.id);
  for (const categoryCodes of [
    ["correctional_pedagogy"],
    ["assessment", "early_intervention"],
    ["adaptive_sport"],
  ]) {
    await createService(admin, centre.id, { categoryCodes, locationIds: [shymkent.id] });
  }
  const branchId = await insertBranch(site.ctx.db, "KZ-47", "«Халық Кеңесі» Маңғыстау");
  const partnerId = await insertPartnerOrganization(site.ctx.db, "Boccia");
  await createSignedMemorandum(
    admin,
    memorandumInput({ branchIds: [branchId], organizationIds: [partnerId] }),
  );
}, 180_000);

afterAll(() => site?.close());

describe("the analytics dashboard", () => {
  it("an admin filters to Mangystau, opens a gap's empty list, and downloads the PDF report and the map", {
    timeout: 180_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await page.goto("/app/analytics");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await page.fill("input[type=email]", ADMIN_EMAIL);
      await page.fill("input[type=password]", TEST_PASSWORD);
      await page.click("main button[type=submit]");

      await expectText(page, "main h1", "Талдау");
      await expectText(page, "main .coverage-matrix caption", "Өңірлер × қызмет санаттары: Қызметтер саны");
      await expectText(page, "main .analytics-as-of", "жағдайы бойынша", false);
      expect(await page.locator("main .coverage-matrix tbody tr").count()).toBe(20);
      expect(await page.locator("main svg.choropleth__svg [data-region]").count()).toBe(20);
      await expectAccessible(page, "analytics dashboard (kk)");
      const write = process.env.E2E_SCREENSHOTS === "1";
      if (write) await mkdir("docs", { recursive: true });
      const dashboard = await page.screenshot({
        fullPage: true,
        ...(write ? { path: DASHBOARD_SCREENSHOT } : {}),
      });
      expect(dashboard.readUInt32BE(16)).toBe(DESKTOP.width);
      await page.locator("main figure.choropleth").screenshot(write ? { path: MAP_SCREENSHOT } : {});

      // Mangystau only: one row, its early intervention counted, adaptive sport a gap.
      await page.getByLabel("Өңір", { exact: true }).selectOption("KZ-47");
      await page.click("main form.analytics-filters button[type=submit]");
      await page.waitForURL(/region=KZ-47/);
      await expectText(page, "main .coverage-matrix tbody th", "Маңғыстау облысы");
      await until(async () => (await page.locator("main .coverage-matrix tbody tr").count()) === 1);
      const row = page.locator("main .coverage-matrix tr[data-region='KZ-47']");
      await row
        .locator("td[data-category='early_intervention']")
        .getByRole("link", { name: "1 — Қызметтер саны, Маңғыстау облысы, Ерте араласу" })
        .waitFor();
      const gap = row.locator("td[data-category='adaptive_sport']");
      expect(await gap.getAttribute("class")).toContain("coverage-matrix__cell--gap");
      expect(await gap.locator(".gap-tag").textContent()).toBe("олқылық");
      await gap
        .getByRole("link", { name: "0 — олқылық, қызмет жоқ: Маңғыстау облысы, Бейімделген спорт" })
        .waitFor();
      await expectAccessible(page, "analytics filtered to Mangystau (kk)");

      // The gap's list is the services list, filtered, and empty.
      await gap.locator("a").click();
      await page.waitForURL(/\/app\/services\?/);
      await expectText(page, "main .state--empty .state__title", "Сүзгіге сәйкес қызмет жоқ.");
      expect(await page.getByLabel("Өңір").inputValue()).toBe("KZ-47");
      await page.goBack();
      await page.waitForURL(/\/app\/analytics\?region=KZ-47/);

      // The map for the free share, downloaded as PNG (drawn on a canvas under the app's CSP) and as SVG.
      await page.getByLabel("Көрсеткіш").selectOption("freeShare");
      await page.waitForURL(/metric=freeShare/);
      const map = page.locator("main figure.choropleth");
      await expectText(map, ".choropleth__legend-title", "Тегін қызметтер үлесі");
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        map.getByRole("button", { name: "Картаны жүктеу (PNG)" }).click(),
      ]);
      const pngBytes = await readFile((await png.path()) ?? "");
      expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.suggestedFilename()).toBe("coverage-freeShare.png");
      const [svg] = await Promise.all([
        page.waitForEvent("download"),
        map.getByRole("button", { name: "Картаны жүктеу (SVG)" }).click(),
      ]);
      const svgText = await readFile((await svg.path()) ?? "", "utf8");
      expect(svgText).toContain("geokz");
      expect(svgText.match(/data-region=/g)).toHaveLength(20);

      // The other sections answer for the same filters, each chart with its table.
      await page.click("main nav.view-switch a:has-text('Меморандумдар')");
      await expectText(page, "main h2", "Меморандумдар");
      await expectText(page, "main figure.chart figcaption", "Келісу кезеңдері бойынша меморандумдар");
      expect(await page.locator("main figure.chart table caption").count()).toBeGreaterThan(3);
      await expectAccessible(page, "analytics memoranda (kk)");
      await page.click("main nav.view-switch a:has-text('Бастамалар')");
      await expectText(page, "main figure.chart figcaption", "Айлар бойынша бастамалар");
      await expectAccessible(page, "analytics initiatives (kk)");

      // The dashboard fits a 360-px phone (the matrix scrolls inside its own box).
      await page.click("main nav.view-switch a:has-text('Қамту')");
      await expectText(page, "main .coverage-matrix caption", "Өңірлер × қызмет санаттары", false);
      await page.setViewportSize(PHONE_VIEWPORT);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
      await page.setViewportSize(DESKTOP);
      // Last, the region's PDF report over the period.
      const [pdf] = await Promise.all([
        page.waitForEvent("download"),
        page.click("main .analytics-exports a[href*='report.pdf']"),
      ]);
      const pdfBytes = await readFile((await pdf.path()) ?? "");
      expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfBytes.length).toBeGreaterThan(2_000);

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
