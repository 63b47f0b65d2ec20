import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { createOrganization } from "../src/server/test/factories/organizations.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { DESKTOP, expectAccessible, expectText, newStaffContext } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const ADMIN_EMAIL = "aliya.import@example.kz";
/** The golden case: the press release the product grew from (../shared/seed). */
const SEED_PATH = new URL("../../shared/seed/press-release-kk.txt", import.meta.url);

let site: E2eSite;
let admin: SignedInClient;
let seed: string;
const branchIds: Record<"shymkent" | "mangystau" | "council" | "almaty", string> = {
  shymkent: "",
  mangystau: "",
  council: "",
  almaty: "",
};
let orda: string;

async function createBranch(body: Record<string, unknown>): Promise<string> {
  const response = await admin.post("/api/branches", body);
  if (response.status !== 201) throw new Error(`branch: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

beforeAll(async () => {
  await ensureWebBuild();
  seed = await readFile(SEED_PATH, "utf8");
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin", email: ADMIN_EMAIL, name: "Әлия Сейітқызы" });
  // The branches the press release names, as the demo data has them; the journey's database starts empty.
  branchIds.shymkent = await createBranch({
    kind: "city",
    regionCode: "KZ-79",
    name: { kk: "Шымкент қалалық филиалы", ru: "Шымкентский городской филиал", en: "Shymkent city branch" },
  });
  branchIds.mangystau = await createBranch({
    kind: "regional",
    regionCode: "KZ-47",
    name: { kk: "Маңғыстау облыстық филиалы", en: "Mangystau regional branch" },
  });
  branchIds.council = await createBranch({
    kind: "attached_body",
    regionCode: "KZ-47",
    parentId: branchIds.mangystau,
    name: {
      kk: "Маңғыстау облыстық филиалы жанындағы «Халық кеңесі»",
      en: "People's Council «Halyq Kenesi» of the Mangystau regional branch",
    },
  });
  branchIds.almaty = await createBranch({
    kind: "regional",
    regionCode: "KZ-19",
    name: { kk: "Алматы облыстық филиалы", ru: "Алматинский областной филиал", en: "Almaty regional branch" },
  });
  // Registered in Latin script: the text's «ОРДА» must be taken as this one, not registered twice.
  orda = (
    await createOrganization(admin, {
      name: { kk: "«ORDA» ерекше балалар ата-аналары бірлестігі", en: "«ORDA» parents' association" },
      type: "parents_association",
      regionsServed: ["KZ-79"],
      bin: undefined,
      email: null,
    })
  ).id;
}, 180_000);

afterAll(() => site?.close());

async function signIn(page: Page) {
  await page.goto("/app/extraction");
  await page.waitForURL(/\/app\/sign-in\?redirect=/);
  await page.fill("input[type=email]", ADMIN_EMAIL);
  await page.fill("input[type=password]", TEST_PASSWORD);
  await page.click("main button[type=submit]");
  await page.waitForURL((url) => url.pathname === "/app/extraction");
}

interface Party {
  kind: "branch" | "organization";
  branchId: string | null;
  organizationId: string | null;
  name: Record<string, string>;
}

/** The drafts as the API has them, keyed by their branch party. */
async function draftsByBranch(): Promise<Map<string, Party[]>> {
  const list = await admin.get("/api/memoranda?reviewState=draft&perPage=50");
  const drafts = new Map<string, Party[]>();
  for (const summary of list.body.items) {
    const memorandum = (await admin.get(`/api/memoranda/${summary.id}`)).body;
    expect(memorandum.reviewState).toBe("draft");
    const branch = memorandum.parties.find((party: Party) => party.kind === "branch");
    drafts.set(branch.branchId, memorandum.parties);
  }
  return drafts;
}

const partnerNames = (parties: Party[] | undefined) =>
  (parties ?? []).filter((party) => party.kind === "organization").map((party) => party.name.kk ?? "");

describe("press-release import in the staff back office", () => {
  it("an admin pastes the seed press release, reviews it, confirms, and three draft memoranda exist", {
    timeout: 240_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      await signIn(page);
      await expectText(page, "main h1", "Пресс-релизді импорттау");
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h1", "Import a press release");
      await expectText(page, "#main-nav-list", "Press release import", false);
      await expectAccessible(page, "import: the text (en)");

      await page.getByLabel("Press release text").fill(seed);
      await page.getByRole("button", { name: "Read the text" }).click();
      const events = page.locator("main article");
      await expectText(page, "main article h3", "Signing 3", false);
      expect(await events.count()).toBe(3);
      expect(await page.locator("main .extract-text mark").count()).toBeGreaterThan(10);
      // The branches the text names are the ones in the registry.
      const branchOf = (index: number) =>
        events
          .nth(index)
          .getByLabel(/^Branch/)
          .inputValue();
      expect(await branchOf(0)).toBe(branchIds.shymkent);
      expect(await branchOf(1)).toBe(branchIds.council);
      expect(await branchOf(2)).toBe(branchIds.almaty);
      // «ОРДА» is the registered «ORDA»; «және өзге де ұйымдар» says the list is partial.
      const ordaMention = events.nth(0).getByRole("group", { name: /ОРДА/ });
      expect(await ordaMention.getByLabel("A partner already registered").isChecked()).toBe(true);
      await expectText(events.nth(1), ".warning", "names only some of the partners", false);
      // Focusing a record outlines its words in the text.
      await events
        .nth(2)
        .getByLabel(/^Branch/)
        .focus();
      await page.locator('main mark.extract-mark--active[data-key="e3:branch"]').first().waitFor();
      await expectAccessible(page, "import: review (en)");
      await page.setViewportSize(PHONE_VIEWPORT);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
      await expectAccessible(page, "import: review at 360 px (en)");
      await page.setViewportSize(DESKTOP);

      // Nothing exists before the confirmation.
      expect((await admin.get("/api/memoranda?reviewState=draft")).body.total).toBe(0);
      await page.getByRole("button", { name: "Create draft memoranda…" }).click();
      const dialog = page.getByRole("dialog", { name: "Create the drafts?" });
      await expectText(dialog, "p", "3 draft memoranda", false);
      await expectAccessible(page, "import: confirm (en)");
      await dialog.getByRole("button", { name: "Create", exact: true }).click();
      await expectText(page, "main [role=status]", "3 draft memoranda created.");
      expect(await page.locator("main ul.item-list a").count()).toBe(3);
      await expectAccessible(page, "import: created (en)");

      const drafts = await draftsByBranch();
      expect(drafts.size).toBe(3);
      const shymkent = drafts.get(branchIds.shymkent);
      expect(shymkent?.some((party) => party.organizationId === orda)).toBe(true);
      const expected: [string, string[]][] = [
        [branchIds.shymkent, ["түзету орталығы", "Amazing kids", "ORDA"]],
        [branchIds.council, ["Ана махаббаты", "Бочча"]],
        [branchIds.almaty, ["Қамқор Жүрек", "Ерекше балалардың ата-аналар одағы"]],
      ];
      for (const [branchId, partners] of expected) {
        const names = partnerNames(drafts.get(branchId));
        expect(names).toHaveLength(partners.length);
        for (const words of partners) expect(names.join(" | ")).toContain(words);
      }
      // The registered «ORDA» was not registered a second time.
      expect((await admin.get("/api/organizations?q=ORDA")).body.total).toBe(1);

      await page.locator("main ul.item-list a").first().click();
      await page.waitForURL(/\/app\/memoranda\/[0-9a-f-]{36}$/);
      await expectText(page, "main .memo-status", "Draft", false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
