import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { HSDS_EXAMPLES_DIR } from "../src/server/modules/interop/hsds/hsds-paths.ts";
import { TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { expectAccessible, expectText, newStaffContext } from "./support/back-office.ts";
import { type E2eSite, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "marat.hsds@example.kz";
const COORDINATOR_EMAIL = "gulnar.coordinator@example.kz";
const ORGANIZATION_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
const SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";

let site: E2eSite;
/** The official CSV example package, file name → bytes. */
let example: Record<string, Uint8Array>;

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Марат Әбенов" });
  await site.ctx.signIn({
    role: "coordinator",
    regionCodes: ["KZ-79"],
    email: COORDINATOR_EMAIL,
    name: "Гүлнар Серікова",
  });
  const dir = path.join(HSDS_EXAMPLES_DIR, "csv");
  const names = await readdir(dir);
  example = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, new Uint8Array(await readFile(path.join(dir, name)))]),
    ),
  );
}, 180_000);

afterAll(() => site?.close());

async function signIn(page: Page, email: string) {
  await page.goto("/app/imports");
  await page.waitForURL(/\/app\/sign-in\?redirect=/);
  await page.fill("input[type=email]", email);
  await page.fill("input[type=password]", TEST_PASSWORD);
  await page.click("main button[type=submit]");
  await page.waitForURL((url) => url.pathname === "/app/imports");
}

/** Each body row of a table as its cells' texts. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator("tbody tr").all();
  return Promise.all(rows.map((row) => row.locator("th, td").allTextContents()));
}

const csvOf = (name: string) => new TextDecoder().decode(example[name]);

async function upload(page: Page, name: string, files: Record<string, Uint8Array>) {
  await page.getByLabel("HSDS package (ZIP or JSON)").setInputFiles({
    name,
    mimeType: "application/zip",
    buffer: Buffer.from(zipSync(files)),
  });
  await page.getByRole("button", { name: "Import the package" }).click();
}

describe("HSDS import in the staff back office", () => {
  it("an admin imports the official example package, reads the report; a broken one is refused whole or imported in part", {
    timeout: 180_000,
  }, async () => {
    expect((await site.ctx.anonymous.get(`/hsds/services/${SERVICE_ID}`)).status).toBe(404);
    const { context, page, problems } = await newStaffContext(site);
    try {
      await signIn(page, ADMIN_EMAIL);
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h2", "Open data import (HSDS 3.0)");
      await expectAccessible(page, "hsds import: upload");

      // The example's address names no region of Kazakhstan: the default region places it.
      await page.getByLabel("Language of the package's text").selectOption("en");
      await page.getByLabel("Region for locations without one").selectOption("KZ-79");
      await upload(page, "hsds-example.zip", example);
      await expectText(page, "main h3:focus", "Import complete");
      await expectText(page, "main p", "The package was imported.");
      expect(await rowsOf(page.getByRole("table", { name: "Records imported" }))).toEqual([
        ["Organizations", "1"],
        ["Locations", "1"],
        ["Services", "1"],
        ["Services at locations", "1"],
      ]);
      const warnings = await rowsOf(
        page.getByRole("table", { name: "Warnings: values left out or changed" }),
      );
      expect(warnings).toContainEqual([
        "locations.csv",
        "2",
        "latitude",
        "the value “100” does not fit Yntymaq’s rules and is not imported",
      ]);
      await expectText(page, "main p", "Files not read (HSDS tables Yntymaq does not keep):", false);
      const imported = await site.ctx.anonymous.get(`/hsds/services/${SERVICE_ID}?lang=en`);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ name: "Community Counselling" });
      await expectAccessible(page, "hsds import: report");

      // A service without a name, and a renamed organization that must not be written either.
      const broken = {
        ...example,
        "services.csv": strToU8(csvOf("services.csv").replace(",Community Counselling,", ",,")),
        "organizations.csv": strToU8(
          csvOf("organizations.csv").replace("Example Organization Inc.", "Renamed Organization"),
        ),
      };
      await upload(page, "hsds-broken.zip", broken);
      await expectText(page, "main h3:focus", "Package rejected");
      await expectText(
        page,
        "main [role=alert]",
        "Nothing was written. 1 problem was found — fix it and upload the package again.",
      );
      expect(await rowsOf(page.getByRole("table", { name: "Problems by file, row and field" }))).toEqual([
        ["services.csv", "2", "name", "required field is missing"],
      ]);
      const organization = await site.ctx.anonymous.get(`/hsds/organizations/${ORGANIZATION_ID}?lang=en`);
      expect(organization.body).toMatchObject({ name: "Example Organization Inc." });
      await expectAccessible(page, "hsds import: rejected package");

      // Partial: the renamed organization is written, the service without a name and what hangs on it are not.
      await page.getByLabel("Import the valid records even if some are rejected").check();
      await upload(page, "hsds-broken.zip", broken);
      await expectText(page, "main h3:focus", "Import complete");
      await expectText(page, "main p", "The valid records were imported;", false);
      const rejected = await rowsOf(page.getByRole("table", { name: "Rejected records" }));
      expect(rejected).toContainEqual(["services.csv", "2", "service", SERVICE_ID]);
      expect(await rowsOf(page.getByRole("table", { name: "Why they were rejected" }))).toEqual([
        ["services.csv", "2", "name", "required field is missing"],
      ]);
      const renamed = await site.ctx.anonymous.get(`/hsds/organizations/${ORGANIZATION_ID}?lang=en`);
      expect(renamed.body).toMatchObject({ name: "Renamed Organization" });
      await expectAccessible(page, "hsds import: partial report");

      expect(
        await page.getByRole("link", { name: "download the HSDS package (ZIP)" }).getAttribute("href"),
      ).toBe("/api/interop/hsds/export.zip?textLang=en");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a coordinator has the spreadsheet import only", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await signIn(page, COORDINATOR_EMAIL);
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h1", "Data import");
      await page.getByLabel("File (CSV or XLSX)").waitFor();
      expect(await page.getByRole("heading", { name: "Open data import (HSDS 3.0)" }).count()).toBe(0);
      expect(await page.getByLabel("HSDS package (ZIP or JSON)").count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
