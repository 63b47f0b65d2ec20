import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import type { NewsRecord } from "../../modules/news/news.repository.ts";
import { siteUrl } from "../seo/site-urls.ts";
import { escapeXml, XML_DECLARATION } from "../seo/xml.ts";

export const FEED_SIZE = 50;
const SUMMARY_LENGTH = 500;

interface FeedItem {
  title: { text: string; locale: Locale };
  summary: { text: string; locale: Locale } | null;
  body: { text: string; locale: Locale } | null;
  /** The post's page in the feed's language. */
  link: string;
  /** A permanent address: posts are found by id too, and ids never change while slugs may. */
  permalink: string;
  published: Date;
  updated: Date;
}

const excerpt = (text: string): string =>
  text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;

function feedItem(post: NewsRecord, locale: Locale, baseUrl: string): FeedItem {
  const text = (value: unknown) => pickLocalized(value as TLocalizedText | null, locale);
  const body = text(post.body);
  return {
    title: text(post.title) ?? { text: post.slug, locale },
    summary: text(post.summary) ?? (body ? { text: excerpt(body.text), locale: body.locale } : null),
    body,
    link: siteUrl(baseUrl, `/news/${post.slug}`, locale),
    permalink: siteUrl(baseUrl, `/news/${post.id}`, locale),
    published: post.publishedAt ?? post.createdAt,
    updated: post.updatedAt,
  };
}

interface FeedInput {
  posts: readonly NewsRecord[];
  locale: Locale;
  baseUrl: string;
}

const latest = (items: readonly FeedItem[]): Date =>
  new Date(Math.max(0, ...items.map((item) => item.updated.getTime())));

/** RSS 2.0 with an atom:link to itself, as the RSS Advisory Board recommends. */
export function renderRss({ posts, locale, baseUrl }: FeedInput): string {
  const items = posts.map((post) => feedItem(post, locale, baseUrl));
  const x = escapeXml;
  const entries = items.map((item) =>
    [
      "<item>",
      `<title>${x(item.title.text)}</title>`,
      `<link>${x(item.link)}</link>`,
      `<guid isPermaLink="true">${x(item.permalink)}</guid>`,
      `<pubDate>${item.published.toUTCString()}</pubDate>`,
      // Readers take an RSS description as HTML, so plain text is escaped for HTML and then for XML.
      item.summary ? `<description>${x(x(item.summary.text))}</description>` : "",
      "</item>",
    ].join(""),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${x(translate(locale, "site.news.feed_title"))}</title>`,
    `<link>${x(siteUrl(baseUrl, "/news", locale))}</link>`,
    `<description>${x(translate(locale, "site.news.description"))}</description>`,
    `<language>${locale}</language>`,
    `<atom:link href="${x(siteUrl(baseUrl, "/news/rss.xml", locale))}" rel="self" type="application/rss+xml"/>`,
    items.length > 0 ? `<lastBuildDate>${latest(items).toUTCString()}</lastBuildDate>` : "",
    ...entries,
    "</channel>",
    "</rss>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Atom 1.0 (RFC 4287); texts shown in another language than the feed's carry their own xml:lang. */
export function renderAtom({ posts, locale, baseUrl }: FeedInput): string {
  const items = posts.map((post) => feedItem(post, locale, baseUrl));
  const x = escapeXml;
  const lang = (actual: Locale) => (actual === locale ? "" : ` xml:lang="${actual}"`);
  const entries = items.map((item) =>
    [
      "<entry>",
      `<id>${x(item.permalink)}</id>`,
      `<title type="text"${lang(item.title.locale)}>${x(item.title.text)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(item.link)}"/>`,
      `<published>${item.published.toISOString()}</published>`,
      `<updated>${item.updated.toISOString()}</updated>`,
      item.summary
        ? `<summary type="text"${lang(item.summary.locale)}>${x(item.summary.text)}</summary>`
        : "",
      item.body ? `<content type="text"${lang(item.body.locale)}>${x(item.body.text)}</content>` : "",
      "</entry>",
    ].join(""),
  );
  const updated = items.length > 0 ? latest(items) : new Date(0);
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${x(siteUrl(baseUrl, "/news", locale))}</id>`,
    `<title type="text">${x(translate(locale, "site.news.feed_title"))}</title>`,
    `<subtitle type="text">${x(translate(locale, "site.news.description"))}</subtitle>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<author><name>${x(translate(locale, "site.name"))}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${x(siteUrl(baseUrl, "/news/atom.xml", locale))}"/>`,
    `<link rel="alternate" type="text/html" href="${x(siteUrl(baseUrl, "/news", locale))}"/>`,
    ...entries,
    "</feed>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}
