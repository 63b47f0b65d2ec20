import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../../test/api-client.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { elementTexts, xmlProblems } from "../seo/xml-well-formed.test-helper.ts";

let ctx: TestContext;
let admin: SignedInClient;
const slugs = new Map<string, string>();

async function post(key: string, title: Record<string, string>, publish: boolean, extra = {}) {
  const created = await admin.post("/api/news", newsInput({ title, ...extra }));
  if (created.status !== 201) throw new Error(`news ${key}: ${created.status}`);
  if (publish) {
    const published = await admin.post(`/api/news/${created.body.id}/publish`, {
      version: created.body.version,
    });
    if (published.status !== 200) throw new Error(`publish ${key}: ${published.status}`);
  }
  slugs.set(key, created.body.slug);
  return created.body.id as string;
}

const get = async (path: string) => {
  const response = await ctx.app.request(path);
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  await post(
    "older",
    { kk: "Шымкентте меморандумға қол қойылды", en: "Memorandum signed in Shymkent" },
    true,
  );
  await post("newer", { kk: "Ақтауда бочча турнирі <өтті> & «жеңді»", ru: "В Актау прошёл турнир" }, true, {
    summary: { kk: "Қысқаша <b>мазмұн</b>" },
    body: { kk: "Бірінші абзац.\n\nЕкінші абзац." },
  });
  await post("draft", { kk: "Жарияланбаған жоба", en: "Unpublished draft" }, false);
});
afterAll(() => ctx.close());

describe("news pages", () => {
  it("lists published posts only, newest first, with links to the feeds", async () => {
    const page = await get("/news");
    expect(page.status).toBe(200);
    const titles = [...page.text.matchAll(/<h2 id="news-[^"]+"><a href="\/news\/([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([slugs.get("newer"), slugs.get("older")]);
    expect(page.text).not.toContain("Жарияланбаған жоба");
    expect(page.text).toContain('href="/news/rss.xml?lang=kk"');
    expect(page.text).toContain('href="/news/atom.xml?lang=kk"');
    expect(page.text).toContain("<h1>Жаңалықтар</h1>");
  });

  it("pages through posts and answers 404 beyond the last page", async () => {
    for (let index = 0; index < 10; index++)
      await post(`bulk-${index}`, { kk: `Жаңалық нөмірі ${index}` }, true);
    const first = await get("/news");
    expect(first.text).toContain(`href="/news/${slugs.get("bulk-9")}"`);
    expect(first.text).not.toContain(`href="/news/${slugs.get("older")}"`);
    expect(first.text).toContain('href="/news?page=2"');
    const second = await get("/news?page=2");
    expect(second.status).toBe(200);
    expect(second.text).toContain(`href="/news/${slugs.get("older")}"`);
    expect(second.text).not.toContain(`href="/news/${slugs.get("bulk-9")}"`);
    expect(second.text).toContain('rel="prev"');
    expect((await get("/news?page=3")).status).toBe(404);
    expect((await get("/news?page=abc")).status).toBe(200);
  });

  it("shows one published post in the asked language, with a note when it falls back", async () => {
    const page = await get(`/news/${slugs.get("newer")}?lang=ru`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1>В Актау прошёл турнир</h1>");
    // The body exists in Kazakh only: shown with its language and the translation note.
    expect(page.text).toMatch(
      /<div class="prose" lang="kk"><p>Бірінші абзац\.<\/p><p>Екінші абзац\.<\/p><\/div>/,
    );
    expect(page.text).toContain('class="translation-note"');
    expect(page.text).toContain(
      `<link rel="canonical" href="${TEST_ORIGIN}/news/${slugs.get("newer")}?lang=ru"/>`,
    );
  });

  it("answers 404 for drafts, unknown slugs and nonsense", async () => {
    for (const path of [`/news/${slugs.get("draft")}`, "/news/no-such-post", "/news/%3Cscript%3E"]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.text).toContain("<h1>Бет табылмады</h1>");
    }
  });
});

describe("news feeds", () => {
  it("RSS 2.0 is well-formed, escaped, absolute and in the asked language", async () => {
    const feed = await get("/news/rss.xml?lang=ru");
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("application/rss+xml; charset=utf-8");
    expect(xmlProblems(feed.text)).toEqual([]);
    expect(feed.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(feed.text).toContain("<language>ru</language>");
    const titles = elementTexts(feed.text, "title");
    expect(titles[0]).toBe("Yntymaq — новости");
    expect(titles).toContain("В Актау прошёл турнир");
    expect(titles).not.toContain("Unpublished draft");
    expect(titles).toHaveLength(1 + 12);
    const links = [...elementTexts(feed.text, "link"), ...elementTexts(feed.text, "guid")];
    expect(links.every((link) => link.startsWith(`${TEST_ORIGIN}/news`))).toBe(true);
    expect(links).toContain(`${TEST_ORIGIN}/news/${slugs.get("newer")}?lang=ru`);
    // Plain text in a description is escaped for HTML, then for XML.
    expect(feed.text).toContain(
      "<description>Қысқаша &amp;lt;b&amp;gt;мазмұн&amp;lt;/b&amp;gt;</description>",
    );
    expect(feed.text).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
  });

  it("Atom 1.0 is well-formed, escaped and marks texts shown in another language", async () => {
    const feed = await get("/news/atom.xml");
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("application/atom+xml; charset=utf-8");
    expect(xmlProblems(feed.text)).toEqual([]);
    expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk">');
    expect(feed.text).toContain(
      '<title type="text">Ақтауда бочча турнирі &lt;өтті&gt; &amp; «жеңді»</title>',
    );
    expect(feed.text.match(/<entry>/g)).toHaveLength(12);
    const hrefs = [...feed.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.every((href) => href.startsWith(`${TEST_ORIGIN}/news`))).toBe(true);
    expect(hrefs).toContain(`${TEST_ORIGIN}/news/atom.xml?lang=kk`);
    const english = await get("/news/atom.xml?lang=en");
    expect(english.text).toContain('<title type="text" xml:lang="kk">Ақтауда бочча турнирі');
  });

  it("the feed checker itself rejects broken XML", () => {
    expect(xmlProblems("<a><b></a>")).not.toEqual([]);
    expect(xmlProblems("<a>x & y</a>")).not.toEqual([]);
    expect(xmlProblems("<a>1</a><b/>")).not.toEqual([]);
    expect(xmlProblems('<a href="x">ok &amp; fine</a>')).toEqual([]);
  });
});
