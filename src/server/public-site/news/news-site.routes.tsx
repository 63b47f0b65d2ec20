import { type Context, Hono } from "hono";
import { z } from "zod";
import { ZNewsListQuery } from "../../../shared/contracts/news.ts";
import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { DEFAULT_LOCALE, type Locale } from "../../../shared/vocabulary.ts";
import type { AppEnv } from "../../http/context.ts";
import { ANONYMOUS } from "../../http/principal.ts";
import { isLocale, translate } from "../../i18n/translate.ts";
import { findNews, listNews } from "../../modules/news/news.repository.ts";
import type { PageShell } from "../components/layout.tsx";
import { resolvePageLocale } from "../page-locale.ts";
import { shellFor } from "../page-shell.ts";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import { htmlPage } from "../render-page.ts";
import { FEED_SIZE, renderAtom, renderRss } from "./news-feeds.ts";
import { NewsListPage } from "./news-list-page.tsx";
import { NewsPostPage } from "./news-post-page.tsx";

type Ctx = Context<AppEnv>;

export const NEWS_PER_PAGE = 10;
const ZPageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
// Slugs are lower-case Latin words; ids are UUIDs. Anything else cannot be a post.
const POST_KEY = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[0-9a-f-]{36})$/i;

const shellOf = (c: Ctx, locale: Locale, fields: Partial<PageShell> & { title: string }): PageShell => {
  const { path, ...rest } = fields;
  const shell = shellFor(c, locale, {
    description: translate(locale, "site.news.description"),
    section: "news",
    ...rest,
  });
  return path ? { ...shell, path } : shell;
};

function notFound(c: Ctx, locale: Locale) {
  const shell = shellOf(c, locale, {
    title: translate(locale, "site.not_found.title"),
    description: translate(locale, "site.not_found.text"),
    noindex: true,
  });
  return htmlPage(c, <NotFoundPage shell={shell} />, 404);
}

/** Feeds are in the language asked for with `?lang=`, else Kazakh; they never read or set the cookie. */
const feedLocale = (c: Ctx): Locale => {
  const lang = c.req.query("lang");
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
};

async function feedPosts(c: Ctx) {
  const query = ZNewsListQuery.parse({ perPage: FEED_SIZE });
  return (await listNews(c.get("deps").db, query, ANONYMOUS)).records;
}

function xml(c: Ctx, body: string, type: string) {
  c.header("Cache-Control", "public, max-age=600");
  return c.body(body, 200, { "Content-Type": `${type}; charset=utf-8` });
}

/** `/news`, `/news/:slug`, `/news/rss.xml` and `/news/atom.xml`: published posts only. */
export function newsSiteRoutes() {
  return new Hono<AppEnv>()
    .get("/news/rss.xml", async (c) => {
      const input = {
        posts: await feedPosts(c),
        locale: feedLocale(c),
        baseUrl: c.get("deps").config.baseUrl,
      };
      return xml(c, renderRss(input), "application/rss+xml");
    })
    .get("/news/atom.xml", async (c) => {
      const input = {
        posts: await feedPosts(c),
        locale: feedLocale(c),
        baseUrl: c.get("deps").config.baseUrl,
      };
      return xml(c, renderAtom(input), "application/atom+xml");
    })
    .get("/news", async (c) => {
      const locale = resolvePageLocale(c);
      const page = ZPageParam.parse(c.req.query("page"));
      const query = ZNewsListQuery.parse({ page, perPage: NEWS_PER_PAGE });
      const { records, total } = await listNews(c.get("deps").db, query, ANONYMOUS);
      const last = Math.max(1, Math.ceil(total / NEWS_PER_PAGE));
      if (page > last) return notFound(c, locale);
      const title =
        page === 1
          ? translate(locale, "site.news.title")
          : translate(locale, "site.news.page_title", { page });
      return htmlPage(
        c,
        <NewsListPage shell={shellOf(c, locale, { title })} posts={records} page={page} last={last} />,
      );
    })
    .get("/news/:slug", async (c) => {
      const locale = resolvePageLocale(c);
      const key = c.req.param("slug");
      const post = POST_KEY.test(key) ? await findNews(c.get("deps").db, key, ANONYMOUS) : undefined;
      if (!post) return notFound(c, locale);
      const pick = (value: unknown) => pickLocalized(value as TLocalizedText | null, locale)?.text;
      const shell = shellOf(c, locale, {
        // The slug is the canonical address even when the post was opened by its id.
        path: `/news/${post.slug}`,
        title: pick(post.title) ?? post.slug,
        description: pick(post.summary) ?? translate(locale, "site.news.description"),
      });
      return htmlPage(c, <NewsPostPage shell={shell} post={post} />);
    });
}
