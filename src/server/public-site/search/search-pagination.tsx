import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { type SearchState, searchHref } from "./search-state.ts";

const WINDOW = 2;

/** The page numbers to show: the first, the last, and a few around the current one. */
export function pagesToShow(current: number, last: number): number[] {
  const pages = new Set([1, last]);
  for (let page = current - WINDOW; page <= current + WINDOW; page++) {
    if (page >= 1 && page <= last) pages.add(page);
  }
  return [...pages].sort((a, b) => a - b);
}

interface PaginationProps {
  state: SearchState;
  total: number;
  perPage: number;
  locale: Locale;
}

/** Plain links that keep the whole query; the current page is marked for screen readers. */
export function SearchPagination({ state, total, perPage, locale }: PaginationProps) {
  const last = Math.max(1, Math.ceil(total / perPage));
  if (last === 1) return null;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const href = (page: number) => searchHref(state, { page });
  const pages = pagesToShow(state.page, last);
  return (
    <nav className="pagination" aria-label={t("site.pagination.label")}>
      <ul>
        {state.page > 1 ? (
          <li>
            <a href={href(state.page - 1)} rel="prev">
              {t("site.pagination.previous")}
            </a>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page}>
            {index > 0 && page - (pages[index - 1] ?? page) > 1 ? <span aria-hidden="true">… </span> : null}
            <a
              href={href(page)}
              aria-current={page === state.page ? "page" : undefined}
              aria-label={t("site.pagination.page", { page })}
            >
              {page}
            </a>
          </li>
        ))}
        {state.page < last ? (
          <li>
            <a href={href(state.page + 1)} rel="next">
              {t("site.pagination.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
