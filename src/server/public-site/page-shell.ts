import type { Context } from "hono";
import type { Locale } from "../../shared/vocabulary.ts";
import type { AppEnv } from "../http/context.ts";
import type { PageShell } from "./components/layout.tsx";
import { pathWithoutLang } from "./render-page.ts";

const DESCRIPTION_LENGTH = 160;

/** The frame of a page for this request: language, canonical path, title and description. */
export function shellFor(
  c: Context<AppEnv>,
  locale: Locale,
  fields: Omit<PageShell, "locale" | "baseUrl" | "path" | "languageInUrl">,
): PageShell {
  // Pages depend on the language cookie and header, so caches must keep one copy per language.
  c.header("Vary", "Cookie, Accept-Language");
  return {
    locale,
    baseUrl: c.get("deps").config.baseUrl,
    path: pathWithoutLang(c.req.url),
    languageInUrl: c.req.query("lang") !== undefined,
    ...fields,
  };
}

/** A meta description from a longer text: whitespace collapsed, cut at a word, with an ellipsis. */
export function summarize(text: string | undefined, fallback: string): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  if (!flat) return fallback;
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
