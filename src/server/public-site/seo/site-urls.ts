import { LOCALES, type Locale } from "../../../shared/vocabulary.ts";

/**
 * Absolute URL of a public page in one language. Each language version has its own URL with an
 * explicit `?lang=` (what the sitemap's hreflang alternates and the feeds point to); the URL without
 * it is the `x-default` that follows the visitor's cookie or browser.
 */
export function siteUrl(baseUrl: string, path: string, locale?: Locale): string {
  // Joined as text, not with `new URL`, so a base URL with a sub-path (https://host/yntymaq) keeps it.
  const url = `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
  if (!locale) return url;
  return `${url}${url.includes("?") ? "&" : "?"}lang=${locale}`;
}

export interface HreflangAlternate {
  hreflang: Locale | "x-default";
  href: string;
}

/** The kk, ru, en and x-default versions of one page. */
export function hreflangAlternates(baseUrl: string, path: string): HreflangAlternate[] {
  return [
    ...LOCALES.map((locale) => ({ hreflang: locale, href: siteUrl(baseUrl, path, locale) })),
    { hreflang: "x-default" as const, href: siteUrl(baseUrl, path) },
  ];
}
