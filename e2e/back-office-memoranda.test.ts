import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild } from "../scripts/web-build.ts";
import { pdfBytes, pngBytes } from "../src/server/test/factories/files.factory.ts";
import { createSignedMemorandum, memorandumInput } from "../src/server/test/factories/memoranda.factory.ts";
import { createOrganization } from "../src/server/test/factories/organizations.factory.ts";
import { type SignedInClient, TEST_PASSWORD } from "../src/server/test/test-context.ts";
import { DESKTOP, expectAccessible, expectText, newStaffContext } from "./support/back-office.ts";
import { type E2eSite, PHONE_VIEWPORT, startSite } from "./support/browser.ts";

const SCREENSHOT = "docs/back-office-memorandum.png";
const COORDINATOR_EMAIL = "dana.shymkent@example.kz";
const TITLE = "Memorandum on inclusive education in Shymkent";
const ORDA = "«ORDA» parents' association of special children";
const AMAZING = "«Amazing kids» children's correction centre";
const BRANCH = "Shymkent city branch";
const OTHER_DRAFT = "«Boccia» draft memorandum";
const OTHER_SIGNED = "«Ana Mahabbaty» memorandum";

let site: E2eSite;
let admin: SignedInClient;
let coordinator: SignedInClient;
let otherDraftId: string;

async function createBranch(client: SignedInClient, regionCode: string, name: Record<string, string>) {
  const response = await client.post("/api/branches", { kind: "city", regionCode, name });
  if (response.status !== 201) throw new Error(`branch: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

beforeAll(async () => {
  await ensureWebBuild();
  site = await startSite();
  admin = await site.ctx.signIn({ role: "admin" });
  coordinator = await site.ctx.signIn({
    role: "coordinator",
    regionCodes: ["KZ-79"],
    email: COORDINATOR_EMAIL,
    name: "Дана Ержанқызы",
  });
  await createBranch(admin, "KZ-79", {
    kk: "Шымкент қалалық филиалы",
    ru: "Шымкентский городской филиал",
    en: BRANCH,
  });
  await createOrganization(admin, {
    name: { kk: "«ORDA» ерекше балалар ата-аналары бірлестігі", en: ORDA },
    type: "parents_association",
    regionsServed: ["KZ-79"],
    bin: undefined,
    email: null,
  });
  // Mangystau: a signed memorandum everyone may read, and a draft only its own staff may.
  const aktau = await createBranch(admin, "KZ-47", {
    kk: "Маңғыстау облыстық филиалы",
    en: "Mangystau branch",
  });
  const boccia = await createOrganization(admin, {
    name: { en: "«Boccia» federation" },
    regionsServed: ["KZ-47"],
    bin: undefined,
    email: null,
  });
  const parties = { branchIds: [aktau], organizationIds: [boccia.id] };
  await createSignedMemorandum(admin, memorandumInput(parties, { title: { en: OTHER_SIGNED } }));
  const draft = await admin.post("/api/memoranda", memorandumInput(parties, { title: { en: OTHER_DRAFT } }));
  otherDraftId = draft.body.id;
}, 180_000);

afterAll(() => site?.close());

async function expectToast(page: Page, text: string) {
  await expectText(page, ".toasts .toast__message", text);
}

describe("memoranda in the staff back office", () => {
  it("a Shymkent coordinator drafts a memorandum with two partners, signs it, and its news goes public", {
    timeout: 240_000,
  }, async () => {
    const { context, page, problems } = await newStaffContext(site);
    try {
      // Signed out: the list asks for the session first, then opens in Kazakh.
      await page.goto("/app/memoranda");
      await page.waitForURL(/\/app\/sign-in\?redirect=/);
      await page.fill("input[type=email]", COORDINATOR_EMAIL);
      await page.fill("input[type=password]", TEST_PASSWORD);
      await page.click("main button[type=submit]");
      await page.waitForURL((url) => url.pathname === "/app/memoranda");
      await expectText(page, "main h1", "Меморандумдар");
      // Another region's signed memorandum is public; its draft does not exist for this coordinator.
      await expectText(page, "main table tbody", OTHER_SIGNED, false);
      expect(await page.locator("main table tbody tr").count()).toBe(1);
      expect(await page.locator("main").textContent()).not.toContain(OTHER_DRAFT);
      await expectAccessible(page, "memoranda list (kk)");

      // The list's filters live in the URL.
      await page.selectOption("#memoranda-review", "draft");
      await page.click("main form.filters button[type=submit]");
      await page.waitForURL(/reviewState=draft/);
      await expectText(page, "main .state__title", "Сүзгіге сәйкес меморандум жоқ.");

      // English from here on (the README's screenshot); a new draft.
      await page.click(".language-switch button[lang=en]");
      await expectText(page, "main h1", "Memoranda");
      await page.click("main a[href='/app/memoranda/new']");
      await page.waitForURL(/\/app\/memoranda\/new$/);
      await expectText(page, "main h1", "New memorandum");
      await page.getByLabel("Title (English)").fill(TITLE);
      await page.getByRole("checkbox", { name: BRANCH }).check();
      await page.getByRole("checkbox", { name: "Access to education" }).check();
      await page.getByRole("checkbox", { name: "Inclusion in society" }).check();
      await page.getByLabel("Start date").fill("2025-03-14");
      await page.getByLabel("End date").fill("2028-03-13");
      // An existing partner, found by name...
      await page.getByLabel("Find a partner in the registry").fill("ORDA");
      await page.getByRole("button", { name: `Add: ${ORDA}` }).click();
      await page.getByRole("button", { name: `Remove ${ORDA}` }).waitFor();
      // ...and one not registered yet, registered from here (serving the coordinator's region only).
      await page.getByRole("button", { name: "Register a new partner" }).click();
      const partnerDialog = page.getByRole("dialog", { name: "Register a new partner" });
      await partnerDialog.getByLabel("Name of the organization (English)").fill(AMAZING);
      await partnerDialog.getByLabel("Type of organization").selectOption("private_centre");
      expect(await partnerDialog.getByRole("checkbox", { name: "Shymkent" }).isChecked()).toBe(true);
      expect(await partnerDialog.getByRole("checkbox").count()).toBe(1);
      await expectAccessible(page, "register a partner (en)");
      await partnerDialog.getByRole("button", { name: "Register and add" }).click();
      await page.getByRole("button", { name: `Remove ${AMAZING}` }).waitFor();
      await expectAccessible(page, "new memorandum (en)");
      await page.getByRole("button", { name: "Save the draft" }).click();

      await page.waitForURL(/\/app\/memoranda\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split("/").pop() as string;
      await expectText(page, "main h1", TITLE);
      await expectText(page, "main .memo-status", "Draft", false);

      // One commitment for each partner, due in half a year (not overdue on the screenshot).
      const inHalfAYear = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
      for (const [partner, text] of [
        [ORDA, "Hold a round table for parents every quarter"],
        [AMAZING, "Run free screening days for children with ASD"],
      ] as const) {
        const party = page.locator(`main section[aria-label="${partner}"]`);
        await party.getByRole("button", { name: /^Add a commitment/ }).click();
        const dialog = page.getByRole("dialog", { name: "New commitment" });
        await dialog.getByLabel("Commitment (English)").fill(text);
        await dialog.getByLabel("Due date").fill(inHalfAYear);
        await dialog.getByRole("button", { name: "Add a commitment" }).click();
        await expectToast(page, "The commitment has been added.");
        await expectText(party, ".commitment__text", text);
      }
      await expectAccessible(page, "memorandum draft (en)");

      // Review: draft → in review → approved → signed, with date, place and signatories.
      await page.getByRole("button", { name: "Send for review" }).click();
      await expectText(page, "main .memo-status", "In review", false);
      await page.getByRole("button", { name: "Approve" }).click();
      await expectText(page, "main .memo-status", "Approved", false);
      await page.getByRole("button", { name: "Record the signing" }).click();
      const sign = page.getByRole("dialog", { name: "Record the signing" });
      await sign.getByLabel("Date of signing").fill("2025-03-14");
      await sign.getByLabel("Place of signing (English)").fill("Shymkent");
      for (const [party, name] of [
        [BRANCH, "Айгүл Сейітова"],
        [ORDA, "Гүлнар Әбдіқадырова"],
        [AMAZING, "Мадина Оспанова"],
      ] as const) {
        const group = sign.getByRole("group", { name: party });
        await group.getByLabel("Signatory").fill(name);
        await group.getByLabel("Position").fill(party === BRANCH ? "Chair" : "Director");
      }
      await expectAccessible(page, "signing (en)");
      await sign.getByRole("button", { name: "Mark as signed" }).click();
      await expectToast(page, "The memorandum is signed. A draft news post is ready.");
      await expectText(page, "main .memo-status", "Signed", false);

      // The signed scan (PDF) and a photo, with its thumbnail.
      await page.setInputFiles(".memo-upload input[type=file]", {
        name: "memorandum-signed.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from(pdfBytes("Signed in Shymkent")),
      });
      await page.click(".memo-upload button[type=submit]");
      await expectText(page, "main .file-list", "memorandum-signed.pdf", false);
      await page.locator(".memo-upload select").selectOption("photo");
      await page.setInputFiles(".memo-upload input[type=file]", {
        name: "signing.png",
        mimeType: "image/png",
        buffer: Buffer.from(await pngBytes(800, 600)),
      });
      await page.click(".memo-upload button[type=submit]");
      const thumbnail = page.getByRole("img", { name: "Photo: signing.png" });
      await thumbnail.waitFor();
      await expect
        .poll(() =>
          thumbnail.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
        )
        .toBeGreaterThan(0);
      const scan = await page.request.get(`/api/files/${(await coordinatorScanId(id)) ?? ""}`);
      expect(scan.headers()["content-type"]).toBe("application/pdf");

      // The drafted news post, reviewed and published from here.
      const news = page.locator("main section[aria-labelledby=memo-news]");
      await expectText(news, ".tag", "Draft, not published");
      const drafted = (await coordinator.get(`/api/news?linkedKind=memorandum&linkedId=${id}`)).body.items[0];
      expect(drafted).toMatchObject({ published: false, regionCode: "KZ-79" });
      await expectText(news, ".news-draft__title", drafted.title.en);
      await news.getByRole("button", { name: "Publish" }).click();
      await expect.poll(() => news.locator(".tag").first().textContent()).toBe("Published");
      await news.getByRole("link", { name: "Open on the site" }).waitFor();
      await expectText(page, "main .timeline", "Signed on 14 Mar 2025 in Shymkent", false);
      await expectText(page, "main .timeline", "Commitment added: «Hold a round table", false);
      await expectAccessible(page, "memorandum signed (en)");
      // The toasts of the journey so far would cover the screenshot.
      while ((await page.locator(".toast__close").count()) > 0)
        await page.locator(".toast__close").first().click();
      await page.evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
      const write = process.env.E2E_SCREENSHOTS === "1";
      if (write) await mkdir("docs", { recursive: true });
      const png = await page.screenshot(write ? { path: SCREENSHOT } : {});
      expect(png.readUInt32BE(16)).toBe(DESKTOP.width);

      // The memorandum screen fits a 360-px phone.
      await page.setViewportSize(PHONE_VIEWPORT);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        PHONE_VIEWPORT.width,
      );
      await page.setViewportSize(DESKTOP);

      // The timeline in Kazakh.
      await page.click(".language-switch button[lang=kk]");
      await expectText(page, "main .timeline", "Кезең: Жоба → Қарауда", false);

      // The post is on the public news page.
      await page.goto(`/news`);
      await page.locator(`a[href="/news/${drafted.slug}"]`).first().waitFor();

      // Another region's draft: not in the list, not found by its address.
      await page.goto("/app/memoranda?reviewState=draft,in_review,approved");
      await expectText(page, "main h1", "Меморандумдар");
      await expectText(page, "main .state__title", "Сүзгіге сәйкес меморандум жоқ.");
      await page.goto(`/app/memoranda/${otherDraftId}`);
      await expectText(page, "main [role=alert] .state__title", "Табылмады");
      expect(await page.locator("main").textContent()).not.toContain(OTHER_DRAFT);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The id of the memorandum's signed scan, as its coordinator reads the attachments. */
async function coordinatorScanId(memorandumId: string): Promise<string | undefined> {
  const list = await coordinator.get(`/api/memoranda/${memorandumId}/attachments`);
  return list.body.items.find((item: { kind: string }) => item.kind === "signed_scan")?.file.id;
}
