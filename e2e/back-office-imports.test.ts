import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { validBin } from "../src/server/test/factories/organizations.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { expectAccessible, expectText, newStaffContext } from "./support/back-office.ts";
import { type E2eSite, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "dana.sheets@example.kz";

let site: E2eSite;
let admin: SignedInClient;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Дана Қасымова" });
}, 180_000);

afterAll(() => site?.close());

async function signIn(page: Page) {
  await page.goto("/app/imports");
  await page.waitForURL(/\/app\/sign-in\?redirect=/);
  await page.fill("input[type=email]", ADMIN_EMAIL);
  await page.fill("input[type=password]", TEST_PASSWORD);
  await page.click("main button[type=submit]");
  await page.waitForURL((url) => url.pathname === "/app/imports");
}

describe("spreadsheet import in the staff back office", () => {
  it("an admin uploads a CSV with Russian headers, checks the mapping, dry-runs and imports it", {
    timeout: 180_000,
  }, async () => {
    const bin = validBin();
    const csv = [
      "Название;Тип;Уровень;БИН;Обслуживаемые регионы",
      `Фонд «Ана махаббаты»;Общественный фонд;областной;${bin};Мангистауская область`,
      "Федерация «Боччиа»;Спортивная федерация;Областной;;KZ-47",
    ].join("\r\n");
    const { context, page, problems } = await newStaffContext(site);
    try {
      await signIn(page);
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h1", "Data import");
      await expectText(page, "#main-nav-list", "Data import", false);
      await expectAccessible(page, "import: upload");

      await page.getByLabel("File (CSV or XLSX)").setInputFiles({
        name: "partners.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`\uFEFF${csv}`, "utf8"),
      });
      await page.getByRole("button", { name: "Read the file" }).click();
      await expectText(page, "main h2", "Match the columns to the fields");
      expect(await page.getByLabel(/^Name \(ru\)/).inputValue()).toBe("0");
      expect(await page.getByLabel(/^Regions served/).inputValue()).toBe("4");
      await expectAccessible(page, "import: mapping");

      await page.getByRole("button", { name: "Check without writing" }).click();
      await expectText(page, "main h2", "Result of the check");
      await expectText(page, "main p", "Every row is valid: 2 records will be created.");
      expect(
        (await admin.get(`/api/organizations?q=${encodeURIComponent("Ана махаббаты")}`)).body.total,
      ).toBe(0);
      await expectAccessible(page, "import: check");

      await page.getByRole("button", { name: "Import 2 records" }).click();
      await expectText(page, "main h2", "Import complete");
      const created = await admin.get(`/api/organizations?q=${encodeURIComponent("Ана махаббаты")}`);
      expect(created.body.items[0]).toMatchObject({
        bin,
        type: "public_foundation",
        regionsServed: ["KZ-47"],
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
