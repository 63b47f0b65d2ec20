import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../../test/api-client.ts";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import {
  attr,
  capture,
  expectHas,
  expectLacks,
  expectNoInlineScript,
  getPage,
} from "../page-request.test-helper.ts";

let ctx: TestContext;
let admin: SignedInClient;
let ids: Map<string, string>;

const EXTRA_RESPITE_SERVICES = 21;
const q = (text: string) => encodeURIComponent(text);
/** The services of the result cards, in order. */
const cardIds = (html: string) => [...html.matchAll(/<h3 id="result-([0-9a-f-]{36})-/g)].map((m) => m[1]);
const idsOf = (...keys: string[]) => keys.map((key) => ids.get(key));

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
  const speech = (await admin.get(`/api/services/${ids.get("speech-shymkent")}`)).body;
  const patched = await admin.patch(`/api/services/${speech.id}`, {
    version: speech.version,
    phone: "+7 (7252) 53-00-00",
  });
  expect(patched.status).toBe(200);
  // Enough services in one category for two pages of results.
  const organization = await createOrganization(admin, { bin: undefined, regionsServed: ["KZ-55"] });
  const location = await createLocation(admin, organization.id, { regionCode: "KZ-55" });
  for (let n = 1; n <= EXTRA_RESPITE_SERVICES; n++) {
    await createService(admin, organization.id, {
      name: { kk: `Уақытша күтім тобы ${n}`, ru: `Группа присмотра ${n}`, en: `Respite group ${n}` },
      categoryCodes: ["respite_care"],
      cost: "paid",
      minAge: 10,
      maxAge: 12,
      languages: ["kk"],
      locationIds: [location.id],
    });
  }
});
afterAll(() => ctx.close());

describe("search page", () => {
  it("finds the Shymkent speech therapist for «логопед Шымкент» with highlights and a tap-to-call link", async () => {
    const page = await getPage(ctx, `/search?q=${q("логопед Шымкент")}&lang=kk`);
    expect(page.status).toBe(200);
    expect(cardIds(page.html)).toEqual(idsOf("speech-shymkent"));
    expect(capture(page.html, /<h1>([^<]+)<\/h1>/)).toBe("«логопед Шымкент» бойынша іздеу");
    expect(capture(page.html, /<h2 id="results-heading">([^<]+)<\/h2>/)).toBe("1 қызмет табылды");
    expectHas(page.html, /<mark>[^<]*логопед[^<]*<\/mark>/i);
    expectHas(page.html, "логопедтік кабинеті");
    expectHas(page.html, '<a href="tel:+77252530000">+7 (7252) 53-00-00</a>');
    expectHas(page.html, 'type="search" aria-describedby="search-q-hint" name="q" value="логопед Шымкент"/>');
    expectLacks(page.html, "Жасырын логопед");
    expectNoInlineScript(page.html);
  });

  it("finds the same service in English with the English name", async () => {
    const page = await getPage(ctx, `/search?q=${q("speech therapy Shymkent")}&lang=en`);
    expect(cardIds(page.html)).toEqual(idsOf("speech-shymkent"));
    expectHas(page.html, /<mark>[^<]*[Ss]peech[^<]*<\/mark>/);
    expectHas(page.html, "1 service found");
  });

  it("narrows the results with filters (age 4, free) and keeps them checked in the form", async () => {
    const page = await getPage(ctx, "/search?age=4&cost=free&lang=en");
    expect(new Set(cardIds(page.html))).toEqual(
      new Set(
        idsOf("speech-shymkent", "pmpk-almaty", "kindergarten-semey", "parents-taraz", "legal-petropavl"),
      ),
    );
    expect(capture(page.html, /<h2 id="results-heading">([^<]+)<\/h2>/)).toBe("5 services found");
    expectHas(page.html, '<input type="checkbox" name="cost" checked="" value="free"/> Free (5)</label>');
    expectHas(page.html, '<input type="checkbox" name="cost" value="paid"/> Paid</label>');
    expectHas(page.html, /<input id="filter-age" type="number"[^>]*value="4"/);
    expectHas(page.html, '<details class="filters" open="">');
    const all = await getPage(ctx, "/search?lang=en");
    expectHas(all.html, `${10 + EXTRA_RESPITE_SERVICES} services found`);
  });

  it("shows the region map for the current filters, each region a link that keeps them", async () => {
    const page = await getPage(ctx, "/search?region=KZ-79&cost=free&age=4&lang=en");
    expect(cardIds(page.html)).toEqual(idsOf("speech-shymkent"));
    expectHas(
      page.html,
      `<a href="${attr("/search?region=KZ-79&cost=free&age=4")}" aria-label="Shymkent: 1 service" aria-current="true"`,
    );
    expectHas(
      page.html,
      `<a href="${attr("/search?region=KZ-75&cost=free&age=4")}" aria-label="Almaty: 1 service"`,
    );
    expectHas(
      page.html,
      `<a href="${attr("/search?region=KZ-71&cost=free&age=4")}" aria-label="Astana: 0 services"`,
    );
  });

  it("drops invalid parameters instead of failing and keeps the valid ones", async () => {
    const page = await getPage(ctx, "/search?age=abc&region=XX&page=-1&cost=free&lang=en");
    expect(page.status).toBe(200);
    expectHas(page.html, "6 services found");
  });

  it("paginates with links that keep the whole query", async () => {
    const first = await getPage(ctx, "/search?category=respite_care&language=kk&lang=en");
    expect(cardIds(first.html)).toHaveLength(20);
    expectHas(first.html, `${EXTRA_RESPITE_SERVICES} services found`);
    expectHas(
      first.html,
      `<a href="${attr("/search?category=respite_care&language=kk&page=2")}" rel="next">`,
    );
    const second = await getPage(ctx, "/search?category=respite_care&language=kk&page=2&lang=en");
    expect(cardIds(second.html)).toHaveLength(1);
    expect(cardIds(second.html)[0]).not.toBeOneOf(cardIds(first.html));
    expectHas(second.html, `<a href="${attr("/search?category=respite_care&language=kk")}" rel="prev">`);
    expectHas(second.html, /<a href="[^"]*page=2" aria-current="page" aria-label="Page 2">2<\/a>/);
  });

  it("suggests searching without the place and in nearby regions when nothing is found", async () => {
    const page = await getPage(ctx, `/search?q=${q("логопед Тараз")}&lang=kk`);
    expect(cardIds(page.html)).toEqual([]);
    expectHas(page.html, "Ештеңе табылмады");
    expectHas(page.html, `<a href="/search?q=${q("логопед")}">«Тараз» орнынсыз, бүкіл ел бойынша іздеу</a>`);
    expectHas(
      page.html,
      `<a href="${attr(`/search?q=${q("логопед")}&region=KZ-79`)}">Шымкент — 1 қызмет</a>`,
    );
    const suggestions = capture(page.html, /<section class="no-results"[^>]*>(.*?)<\/section>/s);
    expectLacks(suggestions, "region=KZ-43");
    expectHas(suggestions, "region=KZ-79");
    const filtered = await getPage(ctx, "/search?category=adaptive_sport&age=2&lang=en");
    expectHas(filtered.html, '<a href="/search">Search without filters</a>');
    expectHas(filtered.html, '<a href="/search?age=2">Search all kinds of help</a>');
  });

  it("offers the help card for ticked results and share links that carry the search", async () => {
    const page = await getPage(ctx, `/search?q=${q("логопед")}&lang=ru`);
    expectHas(
      page.html,
      '<form id="help-card-form" class="help-card-pick" action="/help-card" method="get">',
    );
    expectHas(page.html, '<input type="hidden" name="lang" value="ru"/>');
    for (const id of cardIds(page.html)) {
      expectHas(
        page.html,
        new RegExp(
          `<input type="checkbox" id="pick-${id}-[^"]+" form="help-card-form" name="ids" value="${id}"/>`,
        ),
      );
    }
    const shared = encodeURIComponent(`${TEST_ORIGIN}/search?q=${q("логопед")}&lang=ru`);
    expectHas(page.html, `href="https://wa.me/?text=${shared}"`);
    expectHas(page.html, `href="https://t.me/share/url?url=${shared}"`);
  });

  it("weighs under 100 KB with its stylesheets", async () => {
    const page = await getPage(ctx, "/search?lang=kk");
    expect(cardIds(page.html)).toHaveLength(20);
    const stylesheets = [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(stylesheets.length).toBeGreaterThan(0);
    let bytes = Buffer.byteLength(page.html);
    for (const href of stylesheets) {
      const css = await ctx.app.request(href.replaceAll("&amp;", "&"));
      expect(css.status).toBe(200);
      bytes += Buffer.byteLength(await css.text());
    }
    expect(bytes).toBeLessThan(100 * 1024);
  });
});
