import { Hono } from "hono";
import type { AppEnv } from "../../http/context.ts";
import { publicPages } from "./sitemap.repository.ts";
import { MAX_SITEMAP_PAGES, renderSitemap, STATIC_PAGES } from "./sitemap.ts";

/** `GET /sitemap.xml`: every public page in kk, ru and en, with hreflang alternates. */
export function seoRoutes() {
  return new Hono<AppEnv>().get("/sitemap.xml", async (c) => {
    const { db, config } = c.get("deps");
    const pages = [...STATIC_PAGES, ...(await publicPages(db, MAX_SITEMAP_PAGES))];
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(renderSitemap(config.baseUrl, pages), 200, {
      "Content-Type": "application/xml; charset=utf-8",
    });
  });
}
