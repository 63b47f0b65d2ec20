import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Locale } from "../../shared/vocabulary.ts";
import { isLocale, negotiateLocale } from "../i18n/translate.ts";

export const LANG_COOKIE = "yntymaq_lang";
const ONE_YEAR_SECONDS = 31_536_000;

/** The page language without side effects: `?lang=` > cookie > Accept-Language > kk. */
export function pageLocaleOf(c: Context): Locale {
  const query = c.req.query("lang");
  if (isLocale(query)) return query;
  const cookie = getCookie(c, LANG_COOKIE);
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(undefined, c.req.header("accept-language"));
}

/** The page language; a valid `?lang=` is also remembered in the cookie for the next pages. */
export function resolvePageLocale(c: Context): Locale {
  const query = c.req.query("lang");
  if (isLocale(query)) {
    setCookie(c, LANG_COOKIE, query, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "Lax",
      httpOnly: true,
    });
  }
  return pageLocaleOf(c);
}
