import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../i18n/translate.ts";
import { DIRECTORY_FIXTURES, seedDirectory } from "../../test/factories/directory.factory.ts";
import { createCardService, DETAILED_SERVICE } from "../../test/factories/help-card.factory.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { qrMatrix, qrSvgPath } from "./qr-matrix.ts";

let ctx: TestContext;
let ids: Map<string, string>;
let detailed: string;

const id = (key: string) => ids.get(key) ?? "";
const nameOf = (key: string) => DIRECTORY_FIXTURES.find((fixture) => fixture.key === key)?.name ?? {};

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
  detailed = await createCardService(admin);
});
afterAll(() => ctx.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await ctx.app.request(path, { headers });
  // React separates adjacent text with empty comments; they are no part of what a reader sees.
  const html = (await response.text()).replaceAll("<!-- -->", "");
  return { status: response.status, headers: response.headers, html };
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The service boxes of the card: id and visible name, in page order. */
function entries(html: string): Array<{ id: string; name: string }> {
  return [...html.matchAll(/<h2 id="service-([^"]+)">([\s\S]*?)<\/h2>/g)].map((match) => ({
    id: match[1] ?? "",
    name: decode(match[2] ?? ""),
  }));
}

describe("GET /help-card", () => {
  it.each([
    ["kk", "Көмек картасы", "3–7 жас"],
    ["ru", "Карточка помощи", "3–7 лет"],
    ["en", "Help card", "3–7 years"],
  ] as const)("lists exactly the chosen published services in %s", async (lang, title, ages) => {
    const chosen = ["speech-shymkent", "aba-astana", "boccia-aktau"];
    const response = await get(`/help-card?ids=${chosen.map(id).join(",")}&lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.html.startsWith("<!doctype html>")).toBe(true);
    expect(response.html).toContain(`<html lang="${lang}">`);
    expect(response.html).toContain(`<h1>${title}</h1>`);
    expect(entries(response.html)).toEqual(chosen.map((key) => ({ id: id(key), name: nameOf(key)[lang] })));
    expect(response.html).toContain(`</dt><dd>${translate(lang, "site.cost.free")}</dd>`);
    expect(response.html).toContain(`</dt><dd>${ages}</dd>`);
    expect(response.html).not.toMatch(/<script/i);
    expect(response.html).not.toContain(nameOf("early-qonaev")[lang]);
  });

  it("shows the details of a service and links to the PDF and to each language", async () => {
    const response = await get(`/help-card?ids=${detailed}&lang=ru`);
    const field = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
    expect(entries(response.html)).toEqual([{ id: detailed, name: DETAILED_SERVICE.name.ru }]);
    expect(response.html).toContain(field("Организация", "Общественный фонд «Қамқор»"));
    expect(response.html).toContain(field("Адрес", "Алматы, проспект Абая, 52"));
    expect(response.html).toContain(field("Телефон", '<a href="tel:+77271234567">+7 (727) 123-45-67</a>'));
    expect(response.html).toContain(field("Стоимость", translate("ru", "site.cost.state_funded")));
    expect(response.html).toContain(field("Возраст", "2–10 лет"));
    const languages = `${translate("ru", "site.language.kk")}, ${translate("ru", "site.language.ru")}`;
    expect(response.html).toContain(field("Языки", languages));
    expect(response.html).toContain(field("Как обратиться", "Запишитесь заранее по телефону."));
    const referral = `${translate("ru", "site.referral.pmpk_conclusion")} — Заключение ПМПК не старше года`;
    expect(response.html).toContain(field("Направление", referral));
    expect(response.html).toContain(`href="/help-card.pdf?ids=${detailed}&amp;lang=ru"`);
    expect(response.html).toContain(`href="/help-card?ids=${detailed}&amp;lang=kk"`);
    // Linked for all media: its help-card rules also draw the sheet on screen.
    expect(response.html).toMatch(/<link rel="stylesheet" href="\/assets\/print\.css\?v=[0-9a-f]+"\/>/);
  });

  it("marks a text shown in another language than the card's", async () => {
    const response = await get(`/help-card?ids=${id("speech-kyzylorda")},${detailed}&lang=en`);
    expect(response.html).toContain('<span lang="ru">Кабинет логопеда и дефектолога</span>');
    expect(response.html).toContain('<span lang="ru">Заключение ПМПК не старше года</span>');
    // The address has no English text: it falls back to the first language that has one.
    expect(response.html).toContain('<span lang="kk">Almaty, Абай даңғылы, 52</span>');
    const note = (language: "kk" | "ru") =>
      translate("en", "site.translation_missing_short", {
        language: translate("en", `site.language.${language}`),
      });
    expect(decode(response.html)).toContain(`Кабинет логопеда и дефектолога ${note("ru")}`);
    expect(decode(response.html)).toContain(`Almaty, Абай даңғылы, 52 ${note("kk")}`);
    expect(decode(response.html)).not.toContain(`Qamqor centre for autistic children ${note("ru")}`);
  });

  it("embeds the QR code of the card's own absolute URL and prints that link", async () => {
    const chosen = [id("speech-shymkent"), detailed];
    const url = `${ctx.config.baseUrl}/help-card?ids=${chosen.join(",")}&lang=kk`;
    const response = await get(`/help-card?ids=${chosen.join(",")}&lang=kk`);
    const svg =
      /<svg class="help-card-qr"[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(response.html)?.[0] ?? "";
    expect(svg).toContain('aria-label="Осы тізімге апаратын QR коды"');
    // The drawn modules are exactly those of a QR code of the URL.
    expect(svg).toContain(`d="${qrSvgPath(qrMatrix(url))}"`);
    expect(response.html).toContain(
      `<a href="${url.replace("&", "&amp;")}">${url.replace("&", "&amp;")}</a>`,
    );
  });

  it("skips unknown and unpublished services and says so", async () => {
    const unknown = "7d9f2d56-3d56-4a8e-9d9a-5b2b1f0c1e11";
    const response = await get(
      `/help-card?ids=${id("hidden-speech-shymkent")},${id("pmpk-almaty")},${unknown}&lang=en`,
    );
    expect(response.status).toBe(200);
    expect(entries(response.html).map((entry) => entry.id)).toEqual([id("pmpk-almaty")]);
    expect(response.html).not.toContain("Hidden speech therapist");
    expect(decode(response.html)).toContain("Services no longer available and not shown: 2.");
    // The link back lists only what is shown.
    expect(response.html).toContain(`/help-card?ids=${id("pmpk-almaty")}&amp;lang=en"`);
  });

  it("answers 404 with a translated page when none of the services can be shown", async () => {
    const response = await get(`/help-card?ids=${id("hidden-speech-shymkent")}&lang=ru`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(decode(response.html)).toContain("Выбранные услуги не найдены");
    expect(response.html).toContain('<meta name="robots" content="noindex"/>');
  });

  it.each([
    ["", "Бірде-бір қызмет таңдалмаған"],
    ["?lang=kk", "Бірде-бір қызмет таңдалмаған"],
    ["?ids=", "Бірде-бір қызмет таңдалмаған"],
    ["?ids=not-a-uuid", "Сілтемедегі қызметтер тізімі дұрыс емес"],
    ["?ids=,,", "Бірде-бір қызмет таңдалмаған"],
    ["?ids=a,b", "Сілтемедегі қызметтер тізімі дұрыс емес"],
  ])("answers 400 with a translated page for missing or malformed ids (%s)", async (query, message) => {
    const response = await get(`/help-card${query}`);
    expect(response.status).toBe(400);
    expect(decode(response.html)).toContain(message);
  });

  it("answers 400 for more than 12 services but accepts 12 and repeated ids", async () => {
    const thirteen = Array.from(
      { length: 13 },
      (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    );
    const tooMany = await get(`/help-card?ids=${thirteen.join(",")}&lang=en`);
    expect(tooMany.status).toBe(400);
    expect(decode(tooMany.html)).toContain("At most 12 services fit on one card.");
    const repeated = await get(
      `/help-card?ids=${[...thirteen.slice(0, 11), detailed, detailed].join(",")}&lang=en`,
    );
    expect(repeated.status).toBe(200);
    expect(entries(repeated.html).map((entry) => entry.id)).toEqual([detailed]);
  });

  it("accepts the ids as repeated parameters, as the search page's checkboxes send them", async () => {
    const response = await get(`/help-card?lang=ru&ids=${id("parents-taraz")}&ids=${detailed}`);
    expect(response.status).toBe(200);
    expect(entries(response.html).map((entry) => entry.id)).toEqual([id("parents-taraz"), detailed]);
  });

  it("takes the language from the cookie, then Accept-Language, when there is no lang=", async () => {
    const byCookie = await get(`/help-card?ids=${detailed}`, {
      cookie: "yntymaq_lang=en",
      "accept-language": "ru",
    });
    expect(byCookie.html).toContain('<html lang="en">');
    const byHeader = await get(`/help-card?ids=${detailed}`, { "accept-language": "ru-RU,ru;q=0.9" });
    expect(byHeader.html).toContain('<html lang="ru">');
    expect(byHeader.headers.get("set-cookie")).toBeNull();
    expect(byHeader.headers.get("vary")).toContain("Accept-Language");
  });
});
