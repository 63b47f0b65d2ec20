import type { ReactNode } from "react";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { assetExists, assetUrl } from "../assets.routes.ts";
import { JsonLdScript } from "../seo/json-ld-script.tsx";
import { hreflangAlternates, siteUrl } from "../seo/site-urls.ts";
import { SiteFooter } from "./site-footer.tsx";
import { type Section, SiteHeader } from "./site-header.tsx";

export interface PageShell {
  locale: Locale;
  /** The site's public origin (config.baseUrl), for canonical and alternate links. */
  baseUrl: string;
  /** Path and query of this page without `lang`. */
  path: string;
  /**
   * Whether the URL named its language (`?lang=`). Then the canonical URL names it too; without it the page
   * is the x-default version and its own canonical (pointing it at `?lang=kk` would call it another language).
   */
  languageInUrl?: boolean;
  title: string;
  description: string;
  section?: Section;
  /** Extra stylesheets from /assets/ this page needs, e.g. the map's. */
  stylesheets?: readonly string[];
  /** JSON-LD documents already serialized by seo/json-ld.ts. */
  jsonLd?: readonly string[];
  /** Error pages: not for search engines. */
  noindex?: boolean;
}

/** The document around every public page: head with SEO links, skip link, header, main, footer. */
export function Layout({ shell, children }: { shell: PageShell; children: ReactNode }) {
  const { locale, baseUrl, path } = shell;
  const siteName = translate(locale, "site.name");
  const title = shell.title.includes(siteName) ? shell.title : `${shell.title} — ${siteName}`;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={shell.description} />
        {shell.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={siteUrl(baseUrl, path, shell.languageInUrl ? locale : undefined)} />
        {hreflangAlternates(baseUrl, path).map((alternate) => (
          <link
            key={alternate.hreflang}
            rel="alternate"
            hrefLang={alternate.hreflang}
            href={alternate.href}
          />
        ))}
        <link rel="stylesheet" href={assetUrl("site.css")} />
        {(shell.stylesheets ?? []).map((name) => (
          <link key={name} rel="stylesheet" href={assetUrl(name)} />
        ))}
        {assetExists("print.css") ? (
          <link rel="stylesheet" href={assetUrl("print.css")} media="print" />
        ) : null}
        {(shell.jsonLd ?? []).map((json) => (
          <JsonLdScript key={json} json={json} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {translate(locale, "site.skip_to_content")}
        </a>
        <SiteHeader locale={locale} path={path} section={shell.section ?? null} />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
