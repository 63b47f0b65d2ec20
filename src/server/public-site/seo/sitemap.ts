import { LOCALES } from "../../../shared/vocabulary.ts";
import { hreflangAlternates, siteUrl } from "./site-urls.ts";
import type { SitemapPage } from "./sitemap.repository.ts";
import { escapeXml, XML_DECLARATION } from "./xml.ts";

/** A sitemap holds at most 50,000 URLs; each page is listed once per language. */
export const MAX_SITEMAP_PAGES = Math.floor(50_000 / LOCALES.length);

/** The pages that exist without any data: home, search and the news list. */
export const STATIC_PAGES: SitemapPage[] = [
  { path: "/", lastModified: null },
  { path: "/search", lastModified: null },
  { path: "/news", lastModified: null },
];

function urlEntries(baseUrl: string, page: SitemapPage): string[] {
  const alternates = hreflangAlternates(baseUrl, page.path)
    .map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escapeXml(alternate.href)}"/>`,
    )
    .join("");
  const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : "";
  return LOCALES.map(
    (locale) =>
      `<url><loc>${escapeXml(siteUrl(baseUrl, page.path, locale))}</loc>${lastmod}${alternates}</url>`,
  );
}

/** sitemaps.org XML with hreflang alternates (kk, ru, en, x-default) for every page. */
export function renderSitemap(baseUrl: string, pages: readonly SitemapPage[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.slice(0, MAX_SITEMAP_PAGES).flatMap((page) => urlEntries(baseUrl, page)),
    "</urlset>",
    "",
  ].join("\n");
}
