import { type Context, Hono } from "hono";
import { createElement } from "react";
import type { AppEnv } from "../../http/context.ts";
import { translate } from "../../i18n/translate.ts";
import { pageLocaleOf } from "../page-locale.ts";
import { shellFor } from "../page-shell.ts";
import { htmlPage } from "../render-page.ts";
import type { HelpCard } from "./help-card.model.ts";
import { loadHelpCard } from "./help-card.service.ts";
import { HelpCardErrorPage } from "./help-card-error-page.tsx";
import { parseHelpCardIds } from "./help-card-ids.ts";
import { renderHelpCardHtml } from "./help-card-page.tsx";
import { renderHelpCardPdf } from "./help-card-pdf.ts";

type Loaded = { ok: true; card: HelpCard } | { ok: false; response: Response };

/** Parses `?ids=`, loads what an anonymous visitor may see, or answers 400/404 with a translated page. */
async function loadFromRequest(c: Context<AppEnv>): Promise<Loaded> {
  // Without setting the cookie: a card printed in another language must not switch the visitor's site.
  const locale = pageLocaleOf(c);
  // Without `lang=` the language comes from the cookie or the browser, so caches keep one copy per language.
  c.header("Vary", "Cookie, Accept-Language");
  const fail = (status: 400 | 404, key: string, params: Record<string, number> = {}): Loaded => {
    const message = translate(locale, key, params);
    const shell = shellFor(c, locale, {
      title: translate(locale, "site.help_card.error_title"),
      description: message,
      noindex: true,
    });
    return { ok: false, response: htmlPage(c, createElement(HelpCardErrorPage, { shell, message }), status) };
  };
  const parsed = parseHelpCardIds(c.req.queries("ids") ?? []);
  if (!parsed.ok) return fail(400, parsed.messageKey, parsed.params);
  const { db, config } = c.get("deps");
  const card = await loadHelpCard(db, parsed.ids, locale, config.baseUrl);
  if (card.entries.length === 0) return fail(404, "site.help_card.error_none_found");
  return { ok: true, card };
}

export function helpCardRoutes() {
  const router = new Hono<AppEnv>();

  router.get("/help-card", async (c) => {
    const loaded = await loadFromRequest(c);
    if (!loaded.ok) return loaded.response;
    return c.html(renderHelpCardHtml(loaded.card));
  });

  router.get("/help-card.pdf", async (c) => {
    const loaded = await loadFromRequest(c);
    if (!loaded.ok) return loaded.response;
    const pdf = await renderHelpCardPdf(loaded.card);
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="yntymaq-help-card.pdf"',
    });
  });

  return router;
}
