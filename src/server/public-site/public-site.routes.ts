import { type Context, Hono } from "hono";
import { createElement } from "react";
import { pickLocalized } from "../../shared/localized-text.ts";
import type { AppEnv } from "../http/context.ts";
import { translate } from "../i18n/translate.ts";
import { assetRoutes } from "./assets.routes.ts";
import { helpCardRoutes } from "./help-card/help-card.routes.ts";
import { newsSiteRoutes } from "./news/news-site.routes.tsx";
import { resolvePageLocale } from "./page-locale.ts";
import { shellFor, summarize } from "./page-shell.ts";
import { loadOrganization, loadService } from "./pages/detail.loader.ts";
import { loadHome } from "./pages/home.loader.ts";
import { HomePage } from "./pages/home-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OrganizationPage } from "./pages/organization-page.tsx";
import { ServicePage } from "./pages/service-page.tsx";
import { htmlPage } from "./render-page.ts";
import { reportFormRoutes } from "./reports/report-form.routes.tsx";
import { loadSearch } from "./search/search.loader.ts";
import { SearchPage, searchTitle } from "./search/search-page.tsx";
import { readSearchState, searchQueryString } from "./search/search-state.ts";
import { organizationJsonLd, serviceJsonLd } from "./seo/json-ld.ts";
import { seoRoutes } from "./seo/seo.routes.ts";
import { siteUrl } from "./seo/site-urls.ts";

/** The site's 404 page (status 404) in the visitor's language; the app uses it for every unknown non-API path. */
export function renderNotFoundPage(c: Context<AppEnv>) {
  const locale = resolvePageLocale(c);
  const shell = shellFor(c, locale, {
    title: translate(locale, "site.not_found.title"),
    description: translate(locale, "site.not_found.text"),
    noindex: true,
  });
  return htmlPage(c, createElement(NotFoundPage, { shell }), 404);
}

/** The public directory for families: server-rendered pages that work without JavaScript. */
export function publicSiteRoutes() {
  const site = new Hono<AppEnv>();
  site.route("/", assetRoutes());

  site.get("/", async (c) => {
    const locale = resolvePageLocale(c);
    const view = await loadHome(c.get("deps").db, locale);
    const shell = shellFor(c, locale, {
      title: translate(locale, "site.home.title"),
      description: translate(locale, "site.home.description"),
      section: "home",
      stylesheets: ["map.css"],
    });
    return htmlPage(c, createElement(HomePage, { shell, view }));
  });

  site.get("/search", async (c) => {
    const locale = resolvePageLocale(c);
    const { db, config } = c.get("deps");
    const view = await loadSearch(db, readSearchState(c), locale);
    const shell = shellFor(c, locale, {
      title: searchTitle(view, locale),
      description: translate(locale, "site.search.description"),
      section: "search",
      stylesheets: ["map.css"],
    });
    const query = searchQueryString(view.state);
    const shareUrl = siteUrl(config.baseUrl, `/search${query ? `?${query}` : ""}`, locale);
    return htmlPage(c, createElement(SearchPage, { shell, view, shareUrl }));
  });

  site.get("/services/:id", async (c) => {
    const locale = resolvePageLocale(c);
    const { db, config } = c.get("deps");
    const view = await loadService(db, c.req.param("id"), config.expiringWindowDays);
    if (!view) return renderNotFoundPage(c);
    const { service, organization } = view;
    const name = pickLocalized(service.name, locale)?.text ?? "";
    const organizationName = pickLocalized(organization.name, locale)?.text ?? "";
    const url = siteUrl(config.baseUrl, `/services/${service.id}`);
    const organizationUrl = siteUrl(config.baseUrl, `/organizations/${organization.id}`);
    const shell = shellFor(c, locale, {
      title: translate(locale, "site.service.title", { name, organization: organizationName }),
      description: summarize(
        pickLocalized(service.description, locale)?.text,
        translate(locale, "site.search.description"),
      ),
      jsonLd: [serviceJsonLd(service, locale, url, { name: organization.name, url: organizationUrl })],
    });
    return htmlPage(c, createElement(ServicePage, { shell, view }));
  });

  site.get("/organizations/:id", async (c) => {
    const locale = resolvePageLocale(c);
    const { db, config } = c.get("deps");
    const view = await loadOrganization(db, c.req.param("id"), config.expiringWindowDays);
    if (!view) return renderNotFoundPage(c);
    const { organization } = view;
    const url = siteUrl(config.baseUrl, `/organizations/${organization.id}`);
    const shell = shellFor(c, locale, {
      title: pickLocalized(organization.name, locale)?.text ?? "",
      description: summarize(
        pickLocalized(organization.description, locale)?.text,
        translate(locale, "site.search.description"),
      ),
      jsonLd: [
        organizationJsonLd(organization, locale, url, {
          locations: [...new Map(view.services.flatMap((s) => s.locations).map((l) => [l.id, l])).values()],
          languages: [...new Set(view.services.flatMap((service) => service.languages))],
        }),
      ],
    });
    return htmlPage(c, createElement(OrganizationPage, { shell, view }));
  });

  site.route("/", helpCardRoutes());
  site.route("/", seoRoutes());
  site.route("/", newsSiteRoutes());
  site.route("/", reportFormRoutes());
  return site;
}
