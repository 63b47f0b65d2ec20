import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { TEST_ORIGIN } from "../src/server/test/api-client.ts";
import { type HomeRegionData, seedHomeRegion } from "../src/server/test/factories/home.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { DESKTOP, expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const SCREENSHOT = "docs/back-office-home.png";
const ADMIN_EMAIL = "aliya.admin@example.kz";
const PARTNER_EMAIL = "partner.soile@example.kz";

let site: E2eSite;
let admin: SignedInClient;
let shymkent: HomeRegionData;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Әлия Серікқызы" });
  shymkent = await seedHomeRegion(site.ctx, admin, "KZ-79", "Söile");
  await seedHomeRegion(site.ctx, admin, "KZ-47", "Boccia");
  await site.ctx.signIn({
    role: "partner",
    organizationId: shymkent.organizationId,
    email: PARTNER_EMAIL,
    name: "Дана Партнер",
  });
}, 120_000);

afterAll(() => site?.close());

async function signIn(page: Page, email: string, password = TEST_PASSWORD) {
  await page.fill("input[type=email]", email);
  await page.fill("input[type=password]", password);
  await page.click("main button[type=submit]");
}

describe("staff back office foundation in a browser", () => {
  it("an admin signs in, reads Home, switches language, invites a user and signs out", {
    timeout: 120_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      // Signed out: /app sends to the sign-in screen, in the browser's language (kk).
      await page.goto("/app/");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await expectText(page, "main h1", "Кіру");
      expect(await page.getAttribute("html", "lang")).toBe("kk");
      await expectAccessible(page, "sign-in (kk)");

      // A wrong password is refused with a message, the right one opens Home.
      await signIn(page, ADMIN_EMAIL, "wrong-password-123");
      await expectText(page, "main [role=alert]", "қате", false);
      await signIn(page, ADMIN_EMAIL);
      await page.waitForURL((url) => url.pathname === "/app/");
      await expectText(page, "main h1", "Қош келдіңіз, Әлия Серікқызы");
      await expectText(page, "#home-expiring + ul", "«Söile» меморандумы", false);
      await expectText(page, "#home-overdue + ul", "«Söile» есебін тапсыру", false);
      await expectText(page, "#home-stale + ul", "«Söile» логопеді", false);
      await expectText(page, "#home-reports + ul", "does not answer", false);
      // Chromium has no Kazakh ICU data; the app's fallback writes what full ICU (Node's) would.
      const endDate = (await admin.get(`/api/memoranda/${shymkent.memorandumId}`)).body.endDate as string;
      const kkDate = new Intl.DateTimeFormat("kk-KZ", { dateStyle: "medium", timeZone: "UTC" });
      await expectText(
        page,
        "#home-expiring + ul",
        `Аяқталады: ${kkDate.format(new Date(`${endDate}T00:00:00Z`))}`,
        false,
      );
      const nav = page.locator("nav.main-nav");
      const adminMenu = await nav.locator("a").allTextContents();
      expect(adminMenu[0]).toBe("Басты бет");
      expect(adminMenu).toContain("Пайдаланушылар");
      await expectAccessible(page, "home (kk)");

      // Russian: the interface, <html lang>, dates in ru-RU; remembered after a reload.
      await page.click(".language-switch button[lang=ru]");
      await expectText(page, "main h1", "Добро пожаловать, Әлия Серікқызы");
      expect(await page.getAttribute("html", "lang")).toBe("ru");
      const ruDate = await page.evaluate(
        (iso) =>
          new Intl.DateTimeFormat("ru-RU", { dateStyle: "medium", timeZone: "UTC" }).format(
            new Date(`${iso}T00:00:00Z`),
          ),
        endDate,
      );
      await expectText(page, "#home-expiring + ul", `Истекает: ${ruDate}`, false);
      await page.reload();
      await expectText(page, "main h1", "Добро пожаловать, Әлия Серікқызы");
      await expectAccessible(page, "home (ru)");

      // English for the README's screenshot of Home.
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h1", "Welcome, Әлия Серікқызы");
      const write = process.env.E2E_SCREENSHOTS === "1";
      if (write) await mkdir("docs", { recursive: true });
      const png = await page.screenshot(write ? { path: SCREENSHOT } : {});
      expect(png.readUInt32BE(16)).toBe(DESKTOP.width);

      // Users: the list filters through the URL.
      await page.click("nav.main-nav >> text=Users");
      await page.waitForURL(/\/app\/users$/);
      await expectText(page, "table tbody", PARTNER_EMAIL, false);
      await page.selectOption("#users-role", "partner");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/role=partner/);
      // The previous page stays on screen while the filtered one loads.
      await until(async () => (await page.locator("table tbody tr").count()) === 1);
      await expectText(page, "table tbody", PARTNER_EMAIL, false);
      await expectAccessible(page, "users (en)");

      // Invite: inline validation from the shared contract, the unsaved-changes guard, the one-time password.
      await page.click("main a[href='/app/users/invite']");
      await page.waitForURL(/\/app\/users\/invite$/);
      await page.click("main form button[type=submit]");
      await expect(page.locator("input[type=email]").getAttribute("aria-invalid")).resolves.toBe("true");
      await page.fill("input[type=email]", "Coordinator.New@example.kz");
      await page.fill("input[autocomplete=off][type=text]", "Бауыржан Үйлестіруші");
      await page.check("input[type=radio][value=coordinator]");
      await page.click("main form button[type=submit]");
      await expectText(page, "fieldset .field__error", "Choose at least one region for a coordinator.");
      await page.click("nav.main-nav >> text=Home");
      await expectText(page, "dialog[open] h2", "You have unsaved changes");
      await page.click("dialog[open] >> text=Stay on this page");
      expect(new URL(page.url()).pathname).toBe("/app/users/invite");
      await page.check("input[type=checkbox][value=KZ-79]");
      await expectAccessible(page, "invite (en)");
      await page.click("main form button[type=submit]");
      const password = (await page.locator("[data-testid=one-time-password]").textContent()) ?? "";
      expect(password.length).toBeGreaterThanOrEqual(12);
      await expectAccessible(page, "one-time password (en)");
      const invited = await site.ctx.app.request("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN },
        body: JSON.stringify({ email: "coordinator.new@example.kz", password }),
      });
      expect(invited.status).toBe(200);
      const created = (await admin.get("/api/users?q=coordinator.new")).body.items[0];
      expect(created).toMatchObject({ role: "coordinator", regionCodes: ["KZ-79"], locale: "kk" });

      // The API's own error, translated: the same e-mail again, now in Russian.
      await page.click(".language-switch button[lang=ru]");
      await page.click("text=Пригласить ещё одного");
      await page.fill("input[type=email]", "coordinator.new@example.kz");
      await page.fill("input[autocomplete=off][type=text]", "Дубль");
      await page.click("main form button[type=submit]");
      await expectText(
        page,
        ".toasts [role=alert] .toast__message",
        "Пользователь с таким адресом уже существует.",
      );

      // Sign out (from a filled-in form: signing out discards it): back to sign-in, staff pages ask again.
      await page.click("text=Выйти");
      await page.waitForURL(/\/app\/sign-in/);
      await page.goto("/app/users");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a partner signs in on a phone, sees no Users menu and cannot open it", {
    timeout: 60_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site, PHONE_VIEWPORT);
    try {
      await page.goto("/app/users");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await signIn(page, PARTNER_EMAIL);
      // Back where the partner wanted to go, which their role may not open.
      await expectText(page, "main [role=alert]", "Бұл бөлімге рұқсатыңыз жоқ", false);
      await page.click("text=Мәзір");
      const partnerMenu = await page.locator("nav.main-nav a").allTextContents();
      expect(partnerMenu[0]).toBe("Басты бет");
      expect(partnerMenu).not.toContain("Пайдаланушылар");
      await page.click("nav.main-nav >> text=Басты бет");
      await expectText(page, "main .lead", "Сіздің ұйымыңыз бойынша көрсеткіштер.");
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
      await expectAccessible(page, "home on a phone (kk)");
      await page.click("text=Шығу");
      await page.waitForURL(/\/app\/sign-in/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
