import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { runDailyReminders } from "../src/server/modules/reminders/daily-reminders.ts";
import { seedHomeRegion } from "../src/server/test/factories/home.factory.ts";
import { databaseToday } from "../src/server/test/factories/memoranda.factory.ts";
import { TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const COORDINATOR_EMAIL = "coordinator.mangystau@example.kz";

let site: E2eSite;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  const admin = await site.ctx.signIn({ role: "admin" });
  await seedHomeRegion(site.ctx, admin, "KZ-47", "Boccia");
  await site.ctx.signIn({
    role: "coordinator",
    regionCodes: ["KZ-47"],
    email: COORDINATOR_EMAIL,
    name: "Ерлан",
    locale: "ru",
  });
  const today = await databaseToday(site.ctx.db);
  await runDailyReminders(site.ctx.db, null, { today, config: site.ctx.config });
}, 120_000);

afterAll(() => site?.close());

const bell = (page: Page) => page.locator("a.notification-bell");

describe("notifications in a browser", () => {
  it("a coordinator sees the bell's count, reads the daily digest and marks it read", {
    timeout: 120_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site, PHONE_VIEWPORT);
    try {
      await page.goto("/app/sign-in");
      await page.fill("input[type=email]", COORDINATOR_EMAIL);
      await page.fill("input[type=password]", TEST_PASSWORD);
      await page.click("main button[type=submit]");
      await page.waitForURL((url) => url.pathname === "/app/");
      await until(async () => (await bell(page).getAttribute("aria-label")) === "Хабарламалар, 1 оқылмаған");
      expect((await bell(page).textContent())?.trim()).toBe("1");

      await bell(page).click();
      await page.waitForURL((url) => url.pathname === "/app/notifications");
      await expectText(page, "main h1", "Хабарламалар");
      await expectText(page, "main article h3", "Мерзімі жақында бітетін 1 меморандум");
      await expectText(page, "main article", "«Boccia» меморандумы", false);
      await expectText(page, "main article", "«Boccia» есебін тапсыру", false);
      await expectAccessible(page, "notifications (kk, phone)");

      await page.click("main .page-head button");
      await until(
        async () => (await bell(page).getAttribute("aria-label")) === "Хабарламалар, оқылмағаны жоқ",
      );
      await expectText(page, "main .page-head p", "Барлығы оқылды");
      await expectAccessible(page, "notifications read (kk, phone)");

      await page.click("main article a >> text=«Boccia» меморандумы");
      await page.waitForURL((url) => url.pathname.startsWith("/app/memoranda/"));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
