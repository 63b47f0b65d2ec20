import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";

/** Renders a whole document on the server; pages are plain HTML that work without JavaScript. */
export function htmlPage(c: Context, page: ReactElement, status: ContentfulStatusCode = 200) {
  return c.html(`<!doctype html>${renderToString(page)}`, status);
}

/** The current path and query without `lang`, which the language links and alternates add themselves. */
export function pathWithoutLang(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("lang");
  const query = parsed.searchParams.toString();
  return `${parsed.pathname}${query ? `?${query}` : ""}`;
}
