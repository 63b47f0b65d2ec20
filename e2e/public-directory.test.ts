import { mkdir } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../src/server/i18n/translate.ts";
import { seedDirectory } from "../src/server/test/factories/directory.factory.ts";
import { newsInput } from "../src/server/test/factories/news.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../src/server/test/factories/organizations.factory.ts";
import type { SignedInClient } from "../src/server/test/test-context.ts";
import type { Locale } from "../src/shared/vocabulary.ts";
import { axeViolations } from "./support/axe.ts";
import { type E2eSite, startSite } from "./support/browser.ts";

const KK_QUERY = "логопед Шымкент";
const EN_QUERY = "speech therapy Shymkent";
const LOCALES: Locale[] = ["kk", "ru", "en"];
const SCREENSHOT = "docs/search-360.png";

let site: E2eSite;
let admin: SignedInClient;
let serviceId: string;
let organizationId: string;
/** A paid speech therapist in Shymkent: found by the text search, gone once «free» is chosen. */
let paidServiceId: string;

beforeAll(async () => {
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin" });
  const ids = await seedDirectory(admin);
  serviceId = ids.get("speech-shymkent") ?? "";
  const paid = await createOrganization(admin, {
    name: { kk: "«Тіл» студиясы", ru: "Студия «Тіл»", en: "Til studio" },
    regionsServed: ["KZ-79"],
    bin: undefined,
  });
  const location = await createLocation(admin, paid.id, { regionCode: "KZ-79" });
  const paidService = await createService(admin, paid.id, {
    name: {
      kk: "«Тіл» логопедтік студиясы",
      ru: "Логопедическая студия «Тіл»",
      en: "Til speech therapy studio",
    },
    categoryCodes: ["correctional_pedagogy"],
    cost: "paid",
    minAge: 3,
    maxAge: 10,
    languages: ["kk", "ru"],
    locationIds: [location.id],
    published: true,
  });
  paidServiceId = paidService.id;
  organizationId = (await admin.get(`/api/services/${serviceId}`)).body.organizationId;
  expect(organizationId).toMatch(/^[0-9a-f-]{36}$/);
  const news = await admin.post("/api/news", newsInput({ slug: "qonaev-signing" }));
  expect((await admin.post(`/api/news/${news.body.id}/publish`, { version: 1 })).status).toBe(200);
});

afterAll(() => site?.close());

/** Clicks something that navigates and waits until the new page (another URL matching `url`) has loaded. */
async function navigate(page: Page, url: RegExp, action: () => Promise<unknown>) {
  const before = page.url();
  await Promise.all([
    page.waitForURL((next) => next.href !== before && url.test(next.href), { waitUntil: "load" }),
    action(),
  ]);
}

/** The service ids linked from the result cards. */
async function resultIds(page: Page): Promise<string[]> {
  const links = await page.locator(".result-list .card__title a").all();
  const hrefs = await Promise.all(links.map((link) => link.getAttribute("href")));
  return hrefs.map((href) => (href ?? "").replace("/services/", ""));
}

async function search(page: Page, inputSelector: string, query: string) {
  await page.fill(inputSelector, query);
  const form = page.locator("form[role=search]", { has: page.locator(inputSelector) });
  await navigate(page, /\/search\?/, () => form.locator(".search-box button[type=submit]").click());
}

/** Steps 1–5 of the parent's journey; the same clicks with and without JavaScript. */
async function parentJourney(context: BrowserContext) {
  const page = await context.newPage();
  // 1. Kazakh: the home page's search box.
  await page.goto("/?lang=kk");
  expect(await page.getAttribute("html", "lang")).toBe("kk");
  await search(page, "#home-q", KK_QUERY);
  expect(new URL(page.url()).searchParams.get("q")).toBe(KK_QUERY);
  expect(await resultIds(page)).toContain(serviceId);
  await expect(
    page.locator(`.card__title a[href="/services/${serviceId}"]`).textContent(),
  ).resolves.toContain("«Сөйле» логопедтік кабинеті");

  // 2. English through the language switch, then an English query.
  await navigate(page, /lang=en/, () => page.click(".lang-switch a[hreflang=en]"));
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await search(page, "#search-q", EN_QUERY);
  expect(await page.getAttribute("html", "lang")).toBe("en"); // remembered in the cookie
  const unfiltered = await resultIds(page);
  expect(unfiltered).toContain(serviceId);
  expect(unfiltered).toContain(paidServiceId);

  // 3. Age 4 and free, through the filter form.
  await page.click("details.filters > summary");
  await page.fill("#filter-age", "4");
  await page.check("input[name=cost][value=free]");
  await navigate(page, /age=4/, () => page.click(".filters__actions button[type=submit]"));
  const filtered = new URL(page.url()).searchParams;
  expect(filtered.get("cost")).toBe("free");
  expect(filtered.get("q")).toBe(EN_QUERY);
  const free = await resultIds(page);
  expect(free).toContain(serviceId);
  expect(free).not.toContain(paidServiceId);
  expect(await page.inputValue("#filter-age")).toBe("4");
  const searchUrl = page.url();

  // 4. The service page, back to the results (the URL keeps the search), then the help card.
  await navigate(page, new RegExp(`/services/${serviceId}$`), () =>
    page.click(`.card__title a[href="/services/${serviceId}"]`),
  );
  await expect(page.locator("h1").textContent()).resolves.toBe("Söile speech therapy room");
  await page.goBack({ waitUntil: "load" });
  expect(page.url()).toBe(searchUrl);
  await page.check(`input[name=ids][value="${serviceId}"]`);
  await navigate(page, /\/help-card\?/, () => page.click("#help-card-form button[type=submit]"));
  const cardUrl = new URL(page.url());
  expect(cardUrl.searchParams.getAll("ids")).toEqual([serviceId]);
  expect(cardUrl.searchParams.get("lang")).toBe("en");
  await expect(page.locator("body").textContent()).resolves.toContain("Söile speech therapy room");
  const pdf = await page.request.get(`/help-card.pdf?ids=${serviceId}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(5 * 1024);

  // 5. Russian on the service page.
  await page.goBack({ waitUntil: "load" });
  await navigate(page, new RegExp(`/services/${serviceId}$`), () =>
    page.click(`.card__title a[href="/services/${serviceId}"]`),
  );
  await navigate(page, /lang=ru/, () => page.click(".lang-switch a[hreflang=ru]"));
  expect(await page.getAttribute("html", "lang")).toBe("ru");
  await expect(page.locator("h1").textContent()).resolves.toBe("Логопедический кабинет «Сөйле»");
  return page;
}

/** 7. «Report a problem» from the service page, with the confirmation; returns the message sent. */
async function reportProblem(page: Page, locale: Locale, label: string): Promise<string> {
  await page.goto(`/services/${serviceId}?lang=${locale}`);
  const message = `The phone number is wrong (${label}, ${Date.now()})`;
  await page.fill("#report-message", message);
  await navigate(page, /\/report\/sent/, () => page.click(".report-form button[type=submit]"));
  await expect(page.locator("h1").textContent()).resolves.toBe(translate(locale, "site.report.sent_title"));
  await expect(page.locator(`main a[href="/services/${serviceId}"]`).count()).resolves.toBe(1);
  return message;
}

async function expectInStaffQueue(message: string) {
  const { status, body } = await admin.get("/api/reports");
  expect(status).toBe(200);
  const report = body.items.find((item: { message: string }) => item.message === message);
  expect(report).toMatchObject({ entityKind: "service", entityId: serviceId, message });
}

describe("public directory in a browser", () => {
  it("a parent finds, filters, opens, prints and switches language — with JavaScript", {
    timeout: 90_000,
  }, async () => {
    const context = await site.newContext();
    try {
      const page = await parentJourney(context);
      await expectInStaffQueue(await reportProblem(page, "ru", "with JavaScript"));
    } finally {
      await context.close();
    }
  });

  it("the same journey works with JavaScript disabled", { timeout: 90_000 }, async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    try {
      const page = await parentJourney(context);
      await expectInStaffQueue(await reportProblem(page, "kk", "without JavaScript"));
    } finally {
      await context.close();
    }
  });

  it.each(LOCALES)(
    "axe finds no WCAG 2.2 A/AA violations on any page type in %s at 360 px",
    async (locale) => {
      const context = await site.newContext();
      const pages: Array<[string, string]> = [
        ["home", "/"],
        ["search", `/search?q=${encodeURIComponent(KK_QUERY)}`],
        ["search with filters", `/search?q=${encodeURIComponent(EN_QUERY)}&age=4&cost=free`],
        ["service", `/services/${serviceId}`],
        ["organization", `/organizations/${organizationId}`],
        ["help card", `/help-card?ids=${serviceId}`],
        ["news list", "/news"],
        ["news post", "/news/qonaev-signing"],
        ["report confirmation", `/services/${serviceId}/report/sent`],
      ];
      const failures: string[] = [];
      try {
        const page = await context.newPage();
        for (const [name, path] of pages) {
          const response = await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${locale}`);
          expect(response?.status(), `${name} (${locale})`).toBe(200);
          for (const line of await axeViolations(page)) failures.push(`[${locale}] ${name}: ${line}`);
        }
      } finally {
        await context.close();
      }
      expect(failures, failures.join("\n")).toEqual([]);
    },
    120_000,
  );

  it("the axe helper does report violations (so a clean page means something)", async () => {
    const context = await site.newContext();
    try {
      const page = await context.newPage();
      await page.setContent('<html><body><main><img src="data:,"><input type="text"></main></body></html>');
      const violations = await axeViolations(page);
      expect(violations.some((line) => line.startsWith("html-has-lang"))).toBe(true);
      expect(violations.some((line) => line.startsWith("image-alt"))).toBe(true);
      expect(violations.some((line) => line.startsWith("label"))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each(["/?lang=ru", `/search?q=${encodeURIComponent(KK_QUERY)}&lang=kk`, "/news?lang=en"])(
    "%s reflows at 320 CSS px (WCAG 1.4.10, i.e. 1280 px at 400 % zoom) without sideways scrolling",
    async (path) => {
      const context = await site.newContext();
      try {
        const page = await context.newPage();
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(path);
        expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
      } finally {
        await context.close();
      }
    },
  );

  it("the search page fits a 360-px phone (screenshot for the README)", async () => {
    const context = await site.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`/search?q=${encodeURIComponent(KK_QUERY)}&lang=kk`);
      const scrollWidth = await page.evaluate("document.documentElement.scrollWidth");
      expect(scrollWidth).toBeLessThanOrEqual(360); // no sideways scrolling
      // Regenerated on request only, so test runs do not rewrite a committed image.
      const write = process.env.E2E_SCREENSHOTS === "1";
      if (write) await mkdir("docs", { recursive: true });
      const png = await page.screenshot({ fullPage: true, ...(write ? { path: SCREENSHOT } : {}) });
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(360);
    } finally {
      await context.close();
    }
  });
});
