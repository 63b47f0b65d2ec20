import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../test/api-client.ts";
import { seedDirectory } from "../test/factories/directory.factory.ts";
import {
  createSignedMemorandum,
  insertBranch,
  memorandumInput,
} from "../test/factories/memoranda.factory.ts";
import { newsInput } from "../test/factories/news.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../test/test-context.ts";
import {
  attr,
  capture,
  expectHas,
  expectLacks,
  expectNoInlineScript,
  getPage,
} from "./page-request.test-helper.ts";

let ctx: TestContext;
let admin: SignedInClient;
let ids: Map<string, string>;
let shymkentOrganization: string;

const NEWS_TITLES = ["Бірінші жаңалық", "Екінші жаңалық", "Үшінші жаңалық", "Төртінші жаңалық"];

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
  const service = (await admin.get(`/api/services/${ids.get("speech-shymkent")}`)).body;
  shymkentOrganization = service.organizationId;
  const patched = await admin.patch(`/api/services/${service.id}`, {
    version: service.version,
    phone: "+7 701 234-56-78",
    description: { kk: "Мектеп жасына дейінгі балаларға логопедтік сабақтар." },
    applicationProcess: { kk: "Телефон арқылы жазылыңыз.", ru: "Запишитесь по телефону." },
    referralRequirement: "pmpk_conclusion",
  });
  expect(patched.status).toBe(200);
  for (const [index, title] of NEWS_TITLES.entries()) {
    const created = await admin.post(
      "/api/news",
      newsInput({ title: { kk: title, en: `News ${index + 1}` } }),
    );
    expect((await admin.post(`/api/news/${created.body.id}/publish`, { version: 1 })).status).toBe(200);
  }
  const branchId = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
  await createSignedMemorandum(
    admin,
    memorandumInput(
      { branchIds: [branchId], organizationIds: [shymkentOrganization] },
      { number: "SHYM-2025-01", title: { kk: "Шымкенттегі ынтымақтастық", ru: "Сотрудничество в Шымкенте" } },
    ),
  );
  const draft = await admin.post(
    "/api/memoranda",
    memorandumInput(
      { branchIds: [branchId], organizationIds: [shymkentOrganization] },
      { title: { kk: "Жоба меморандумы", ru: "Черновой меморандум" } },
    ),
  );
  expect(draft.status).toBe(201);
});
afterAll(() => ctx.close());

describe("home page", () => {
  it.each([
    ["kk", "Балаңызға көмек табыңыз"],
    ["ru", "Найдите помощь для вашего ребёнка"],
    ["en", "Find help for your child"],
  ])("renders in %s with lang, hreflang alternates and the search box", async (lang, heading) => {
    const page = await getPage(ctx, `/?lang=${lang}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/i);
    expect(page.html.startsWith("<!doctype html><html lang=")).toBe(true);
    expect(capture(page.html, /<html lang="([a-z]+)"/)).toBe(lang);
    expect(capture(page.html, /<h1>([^<]+)<\/h1>/)).toBe(heading);
    for (const alternate of ["kk", "ru", "en"]) {
      expectHas(
        page.html,
        `<link rel="alternate" hrefLang="${alternate}" href="${TEST_ORIGIN}/?lang=${alternate}"/>`,
      );
    }
    expectHas(page.html, `<link rel="alternate" hrefLang="x-default" href="${TEST_ORIGIN}/"/>`);
    expectHas(page.html, /<form class="search-form" role="search" action="\/search" method="get">/);
    expectHas(page.html, /<title>[^<]+<\/title>/);
    expectHas(page.html, /<meta name="description" content="[^"]{20,}"\/>/);
    expectNoInlineScript(page.html);
  });

  it("names the language in the canonical URL only when the URL did: without ?lang the page is the x-default", async () => {
    const named = await getPage(ctx, "/?lang=ru");
    expectHas(named.html, `<link rel="canonical" href="${TEST_ORIGIN}/?lang=ru"/>`);
    const plain = await getPage(ctx, "/");
    expectHas(plain.html, `<link rel="canonical" href="${TEST_ORIGIN}/"/>`);
  });

  it("links the categories and regions to searches and lists the three latest published news", async () => {
    const { html } = await getPage(ctx, "/?lang=kk");
    expect(html).toContain('href="/search?category=correctional_pedagogy"');
    expect(html).toContain('href="/search?region=KZ-79"');
    const newsTitles = [...html.matchAll(/<a href="\/news\/[a-z0-9-]+"><span>([^<]+)<\/span><\/a>/g)].map(
      (m) => m[1],
    );
    expect(newsTitles).toEqual(["Төртінші жаңалық", "Үшінші жаңалық", "Екінші жаңалық"]);
    expect(html).toContain("geokz");
  });
});

describe("language", () => {
  it("remembers ?lang in a cookie and uses it on later pages, before Accept-Language", async () => {
    const first = await getPage(ctx, "/?lang=en");
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^yntymaq_lang=en;/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const later = await getPage(ctx, "/search", { cookie: "yntymaq_lang=en", "accept-language": "ru" });
    expect(capture(later.html, /<html lang="([a-z]+)"/)).toBe("en");
    expect(later.headers.get("set-cookie")).toBeNull();
    const browser = await getPage(ctx, "/search", { "accept-language": "ru-RU,ru;q=0.9" });
    expect(capture(browser.html, /<html lang="([a-z]+)"/)).toBe("ru");
    const plain = await getPage(ctx, "/search");
    expect(capture(plain.html, /<html lang="([a-z]+)"/)).toBe("kk");
  });

  it("switches language with links that keep the current query", async () => {
    const { html } = await getPage(ctx, "/search?q=abc&age=4&lang=ru");
    expect(html).toContain(`href="${attr("/search?q=abc&age=4&lang=kk")}" hrefLang="kk" lang="kk"`);
    expect(html).toContain(`href="${attr("/search?q=abc&age=4&lang=en")}" hrefLang="en" lang="en"`);
    expect(html).toContain(
      `href="${attr("/search?q=abc&age=4&lang=ru")}" hrefLang="ru" lang="ru" aria-current="true"`,
    );
  });
});

describe("service and organization pages", () => {
  it("shows a published service with its facts, contacts, memoranda, report form and JSON-LD", async () => {
    const id = ids.get("speech-shymkent");
    const page = await getPage(ctx, `/services/${id}?lang=kk`);
    expect(page.status).toBe(200);
    expect(capture(page.html, /<h1>([^<]+)<\/h1>/)).toBe("«Сөйле» логопедтік кабинеті");
    expectHas(page.html, 'href="tel:+77012345678"');
    expectHas(page.html, "ПМПК қорытындысы қажет");
    expectHas(page.html, "3–7 жас");
    expectHas(page.html, "Телефон арқылы жазылыңыз.");
    expectHas(page.html, "Бағдарлама серіктесі");
    expectHas(page.html, "Шымкенттегі ынтымақтастық");
    expectHas(page.html, "SHYM-2025-01");
    expectLacks(page.html, "Жоба меморандумы");
    expectHas(
      page.html,
      'href="https://www.openstreetmap.org/?mlat=42.34&amp;mlon=69.59#map=16/42.34/69.59"',
    );
    expectHas(page.html, `action="/services/${id}/report" method="post"`);
    expectHas(page.html, `<input type="hidden" name="returnTo" value="/services/${id}"/>`);
    expectHas(page.html, /<textarea id="report-message" name="message"[^>]*required/);
    expectHas(
      page.html,
      /<p class="hp" aria-hidden="true">.*?<input id="report-website"[^>]*tabindex="-1"[^>]*name="website"/,
    );
    expectHas(page.html, '<script type="application/ld+json">');
    expectHas(page.html, '"@type":"Service"');
    expectNoInlineScript(page.html);
  });

  it("shows an organization with its services and signed memoranda only", async () => {
    const page = await getPage(ctx, `/organizations/${shymkentOrganization}?lang=ru`);
    expect(page.status).toBe(200);
    expect(capture(page.html, /<h1>([^<]+)<\/h1>/)).toBe("Партнёр 1");
    expectHas(page.html, `href="/services/${ids.get("speech-shymkent")}"`);
    expectHas(page.html, "Сотрудничество в Шымкенте");
    expectLacks(page.html, "Черновой меморандум");
    expectHas(page.html, `action="/organizations/${shymkentOrganization}/report"`);
    expectHas(page.html, "Партнёр программы");
    expectNoInlineScript(page.html);
  });

  it("marks a text shown in another language with a visible note", async () => {
    const id = ids.get("speech-kyzylorda");
    const en = await getPage(ctx, `/services/${id}?lang=en`);
    expectHas(en.html, '<h1 lang="ru">Кабинет логопеда и дефектолога</h1>');
    expectHas(
      en.html,
      '<p class="translation-note" lang="en">This text has not been translated yet and is shown in the original language (Russian).</p>',
    );
    const ru = await getPage(ctx, `/services/${id}?lang=ru`);
    expectHas(ru.html, "<h1>Кабинет логопеда и дефектолога</h1>");
    expectLacks(ru.html, 'class="translation-note"');
  });

  it("answers 404 with the site's page for unpublished, unknown and malformed ids", async () => {
    for (const path of [
      `/services/${ids.get("hidden-speech-shymkent")}`,
      "/services/00000000-0000-4000-8000-000000000000",
      "/services/not-an-id",
      "/organizations/00000000-0000-4000-8000-000000000000",
      "/no-such-page",
    ]) {
      const page = await getPage(ctx, `${path}?lang=en`);
      expect(page.status, path).toBe(404);
      expect(capture(page.html, /<h1>([^<]+)<\/h1>/)).toBe("Page not found");
      expectHas(page.html, '<meta name="robots" content="noindex"/>');
      expectLacks(page.html, "Скрытый логопед");
    }
  });

  it("keeps the JSON error body for unknown API paths", async () => {
    const response = await ctx.anonymous.get("/api/no-such-thing");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });
});

describe("assets", () => {
  it("serves the stylesheet with a content hash and long caching, and nothing outside the folder", async () => {
    const { html } = await getPage(ctx, "/");
    const href = capture(html, /<link rel="stylesheet" href="(\/assets\/site\.css\?v=[0-9a-f]+)"\/>/);
    const css = await ctx.app.request(href.replaceAll("&amp;", "&"));
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toContain(":focus-visible");
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/print\.css\?v=[0-9a-f]+" media="print"\/>/);
    expect((await ctx.app.request("/assets/..%2Fpage-locale.ts")).status).toBe(404);
    expect((await ctx.app.request("/assets/missing.css")).status).toBe(404);
  });
});
