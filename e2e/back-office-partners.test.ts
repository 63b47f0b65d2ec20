import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import {
  createLocation,
  createOrganization,
  createService,
  validBin,
  withWrongCheckDigit,
} from "../src/server/test/factories/organizations.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { expectAccessible, expectText, newStaffContext, until } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "marat.admin@example.kz";
const PARTNER_EMAIL = "partner.amazing@example.kz";

let site: E2eSite;
let admin: SignedInClient;
let partner: SignedInClient;
let own: { id: string };
let ownService: { id: string; version: number };
let other: { id: string };
let otherService: { id: string };
let hidden: { id: string };
let duplicate: { id: string };

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Марат Әкімші" });
  own = await createOrganization(admin, {
    name: { kk: "«Amazing kids» орталығы", ru: "Центр «Amazing kids»", en: "Amazing kids centre" },
  });
  const ownPlace = await createLocation(admin, own.id);
  ownService = await createService(admin, own.id, {
    name: { kk: "Логопед сабақтары", ru: "Занятия с логопедом", en: "Speech therapy" },
    capacity: 8,
    locationIds: [ownPlace.id],
  });
  other = await createOrganization(admin, { name: { kk: "«ORDA» бірлестігі", en: "ORDA association" } });
  otherService = await createService(admin, other.id);
  hidden = await createOrganization(admin, { name: { kk: "Жарияланбаған қор" }, published: false });
  // A second registration of the partner the admin is about to create (see the second journey).
  duplicate = await createOrganization(admin, {
    name: { kk: "«Ана Махаббаты» (қайталама)" },
    regionsServed: ["KZ-47"],
    phone: "+7 729 200 00 00",
  });
  await createService(admin, duplicate.id, { name: { kk: "Ата-аналар клубы" } });
  partner = await site.ctx.signIn({
    role: "partner",
    organizationId: own.id,
    email: PARTNER_EMAIL,
    name: "Дана Серіктес",
  });
}, 120_000);

afterAll(() => site?.close());

async function signIn(page: Page, email: string) {
  await page.goto("/app/");
  await page.waitForURL(/\/app\/sign-in/);
  await page.fill("input[type=email]", email);
  await page.fill("input[type=password]", TEST_PASSWORD);
  await page.click("main button[type=submit]");
  await page.waitForURL((url) => url.pathname === "/app/");
}

describe("partners and services in the back office", () => {
  it("a partner edits its own service and cannot open another organization", {
    timeout: 120_000,
  }, async () => {
    // On a phone: the menu folds away, and no screen scrolls sideways.
    const { context, page, problems } = await newStaffContext(site, PHONE_VIEWPORT);
    const fitsPhone = async () =>
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
    try {
      await signIn(page, PARTNER_EMAIL);
      await page.click("button.main-nav__toggle");
      await page.click("nav.main-nav >> text=Менің ұйымым");
      await page.waitForURL(`**/app/partners/${own.id}`);
      await expectText(page, "main h1", "«Amazing kids» орталығы");
      await expectText(page, "section[aria-labelledby=partner-services] ul", "Логопед сабақтары", false);
      // A partner may edit, not verify, merge or archive.
      expect(await page.locator("main a", { hasText: "Өңдеу" }).count()).toBe(1);
      expect(await page.locator("main", { hasText: "Тексерілді деп белгілеу" }).count()).toBe(0);
      expect(await page.locator("main", { hasText: "Телнұсқаны біріктіру" }).count()).toBe(0);
      expect(await page.locator("main", { hasText: "Мұрағатқа жіберу" }).count()).toBe(0);
      await fitsPhone();
      await expectAccessible(page, "own organization (partner, kk)");

      await page.click("main a >> text=Логопед сабақтары");
      await page.waitForURL(`**/app/services/${ownService.id}`);
      const capacity = page.locator("input[name=capacity]");
      await capacity.waitFor();
      expect(await capacity.inputValue()).toBe("8");
      await capacity.fill("12");
      await fitsPhone();
      await expectAccessible(page, "service form (partner, kk)");
      await page.click("main form button[type=submit]");
      await expectText(page, ".toasts [role=status]", "Қызмет сақталды.", false);
      const saved = (await admin.get(`/api/services/${ownService.id}`)).body;
      // Only the changed field moved; the rest of the record is as it was.
      expect(saved).toMatchObject({ capacity: 12, version: ownService.version + 1, cost: "free", minAge: 3 });
      expect(saved.locations).toHaveLength(1);

      // Another organization: the screen refuses, and so does the API.
      await page.goto(`/app/partners/${other.id}`);
      await expectText(page, "main [role=alert]", "Бұл бөлімге рұқсатыңыз жоқ", false);
      await page.goto(`/app/partners/${hidden.id}/edit`);
      await expectText(page, "main [role=alert]", "Бұл бөлімге рұқсатыңыз жоқ", false);
      await expectAccessible(page, "another organization (partner, kk)");
      expect((await partner.get(`/api/organizations/${hidden.id}`)).status).toBe(404);
      expect(
        (await partner.patch(`/api/organizations/${other.id}`, { version: 1, phone: "+7 700 1" })).status,
      ).toBe(403);
      expect(
        (await partner.patch(`/api/services/${otherService.id}`, { version: 1, capacity: 1 })).status,
      ).toBe(403);
      // The staff lists lead a partner back to its own organization.
      await page.goto("/app/services");
      await page.waitForURL(`**/app/partners/${own.id}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an admin registers a partner with a place and a service, verifies it, merges a duplicate and archives", {
    timeout: 180_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await signIn(page, ADMIN_EMAIL);
      await page.click("nav.main-nav >> text=Серіктестер");
      await page.waitForURL(/\/app\/partners$/);
      await expectText(page, "table tbody", "«ORDA» бірлестігі", false);
      await page.fill("#partners-q", "Amazing");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/q=Amazing/);
      await until(async () => (await page.locator("table tbody tr").count()) === 1);
      await expectAccessible(page, "partners list (kk)");

      await page.click("main a >> text=Жаңа серіктес");
      await page.waitForURL(/\/app\/partners\/new$/);
      // Inline checks from the shared contract: a name in some language, a BIN with its check digit.
      await page.click("main form button[type=submit]");
      await expectText(page, ".localized-field .field__error", "Кемінде бір тілде толтырыңыз", false);
      const bin = validBin();
      await page.fill("input[name=bin]", withWrongCheckDigit(bin));
      await page.locator("input[name=bin]").blur();
      await expect(page.locator("input[name=bin]").getAttribute("aria-invalid")).resolves.toBe("true");
      await page.fill("input[name=bin]", bin);
      await page.getByLabel("Атауы (Қазақша)").fill("«Ана Махаббаты» қоғамдық қоры");
      await page.selectOption("select[name=type]", "public_foundation");
      await page.selectOption("select[name=level]", "region");
      await page.check("input[type=checkbox][value=KZ-47]");
      await page.check("input[type=checkbox][value=asd]");
      await page.fill("input[name=phone]", "+7 729 200 00 01");
      await expectAccessible(page, "new partner (kk)");
      await page.click("main form button[type=submit]");
      await page.waitForURL(/\/app\/partners\/[0-9a-f-]{36}$/);
      const partnerId = new URL(page.url()).pathname.split("/").at(-1) as string;
      await expectText(page, "main h1", "«Ана Махаббаты» қоғамдық қоры");
      await expectText(page, ".verification__date", "Әлі тексерілмеген");
      await page.click("main button >> text=Тексерілді деп белгілеу");
      await expectText(page, ".verification__date", "Соңғы рет тексерілді:", false);
      await expectAccessible(page, "new partner's page (kk)");

      // A place with its map pin: a click on the map fills the coordinates.
      await page.click("main a >> text=Орын қосу");
      await page.waitForURL(/\/locations\/new$/);
      await page.getByLabel("Елді мекен (Қазақша)").fill("Ақтау");
      await page.getByLabel("Мекенжайы (Қазақша)").fill("14-шағын аудан, 5-үй");
      const region = page.locator(".pin-map__region--chosen");
      await region.waitFor();
      await region.scrollIntoViewIfNeeded();
      const box = await region.boundingBox();
      if (!box) throw new Error("the chosen region is not drawn");
      await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.5);
      await page.locator(".pin-map__pin").waitFor();
      const latitude = Number(await page.locator("input[name=latitude]").inputValue());
      const longitude = Number(await page.locator("input[name=longitude]").inputValue());
      expect(latitude).toBeGreaterThan(41);
      expect(latitude).toBeLessThan(46);
      expect(longitude).toBeGreaterThan(50);
      expect(longitude).toBeLessThan(57);
      // Refined by keyboard: the pin follows the fields.
      await page.fill("input[name=latitude]", "43,65");
      await page.fill("input[name=longitude]", "51.17");
      await expect(page.locator("svg.pin-map__svg title").textContent()).resolves.toContain("43,65");
      expect(await page.locator(".pin-map__warning").count()).toBe(0);
      await expectAccessible(page, "location with map pin (kk)");
      await page.click("main form button[type=submit]");
      await page.waitForURL(`**/app/partners/${partnerId}`);
      await expectText(page, "section[aria-labelledby=partner-locations] ul", "14-шағын аудан, 5-үй", false);

      // A service given at that place.
      await page.click("main a >> text=Қызмет қосу");
      await page.waitForURL(/\/app\/services\/new\?organization=/);
      await page.getByLabel("Атауы (Қазақша)").fill("Бейімделген спорт секциясы");
      await page.locator("input[type=checkbox][value=asd]").check();
      await page.locator("input[type=radio][value=state_funded]").check();
      await page.locator("input[type=checkbox][value=kk]").check();
      await page.getByLabel("14-шағын аудан, 5-үй, Ақтау").check();
      await page.fill("input[name=stateFundedPlaces]", "6");
      await expectAccessible(page, "new service (kk)");
      await page.click("main form button[type=submit]");
      await page.waitForURL(/\/app\/services\/[0-9a-f-]{36}$/);
      await expectText(page, "main h1", "Бейімделген спорт секциясы");
      const services = (await admin.get(`/api/services?organization=${partnerId}`)).body.items;
      expect(services).toHaveLength(1);
      expect(services[0]).toMatchObject({ cost: "state_funded", stateFundedPlaces: 6, languages: ["kk"] });
      expect(services[0].locations[0]).toMatchObject({
        regionCode: "KZ-47",
        latitude: 43.65,
        longitude: 51.17,
      });

      // The services list, filtered through the URL.
      await page.click("nav.main-nav >> text=Қызметтер");
      await page.waitForURL(/\/app\/services$/);
      await page.selectOption("#services-cost", "state_funded");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/cost=/);
      await until(async () => (await page.locator("table tbody tr").count()) === 1);
      await expectText(page, "table tbody", "Бейімделген спорт секциясы", false);
      await expectAccessible(page, "services list (kk)");

      // The duplicate registration is merged into the new partner.
      await page.goto(`/app/partners/${partnerId}/merge`);
      await page.fill("#merge-q", "қайталама");
      await page.click("main form.filters button[type=submit]");
      await page.check(`input[type=radio][value="${duplicate.id}"]`);
      await expectText(page, "main table", "+7 729 200 00 00", false);
      await expectAccessible(page, "merge (kk)");
      await page.click("main button.button--danger");
      await expectText(page, "dialog[open] h2", "«Ана Махаббаты» (қайталама)", false);
      await expectAccessible(page, "merge confirmation (kk)");
      await page.click("dialog[open] button.button--danger");
      await expectText(page, "[data-testid=merge-moved]", "1 қызмет", false);
      expect((await admin.get(`/api/organizations/${duplicate.id}`)).body).toMatchObject({
        status: "archived",
        mergedIntoId: partnerId,
      });

      // Archive, with a confirmation.
      await page.goto(`/app/partners/${hidden.id}`);
      await page.click("main button >> text=Мұрағатқа жіберу");
      await expectText(page, "dialog[open] h2", "мұрағатқа жіберу керек пе?", false);
      await page.click("dialog[open] button.button--danger");
      await expectText(page, ".page-tags", "Мұрағатта", false);
      expect((await admin.get(`/api/organizations/${hidden.id}`)).body.status).toBe("archived");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
