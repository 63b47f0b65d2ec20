import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../lib/format.ts";

export interface PaginationProps {
  page: number;
  perPage: number;
  total: number;
}

/** Page numbers to offer: the first, the last and two either side of the current one. */
export function pageWindow(page: number, pages: number): Array<number | "gap"> {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return numbers.flatMap((n, index) => {
    const previous = numbers[index - 1];
    return previous !== undefined && n - previous > 1 ? ["gap" as const, n] : [n];
  });
}

/** Links that change `?page=` of the current URL, so the page survives reload, back and sharing. */
export function Pagination({ page, perPage, total }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / perPage));
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  const toPage = (n: number) => ((previous: Record<string, unknown>) => ({ ...previous, page: n })) as never;
  return (
    <nav className="pagination" aria-label={t("app.pagination.label")}>
      <p className="pagination__summary">
        {t("app.pagination.summary", { from: format.number(from), to: format.number(to), total })}
      </p>
      {pages > 1 ? (
        <ul className="pagination__pages">
          {page > 1 ? (
            <li>
              <Link to="." search={toPage(page - 1)} rel="prev">
                {t("app.pagination.previous")}
              </Link>
            </li>
          ) : null}
          {pageWindow(page, pages).map((n, index) =>
            n === "gap" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
              <li key={`gap-${index}`} aria-hidden="true">
                …
              </li>
            ) : (
              <li key={n}>
                <Link
                  to="."
                  search={toPage(n)}
                  aria-current={n === page ? "page" : undefined}
                  aria-label={t("app.pagination.page", { page: n })}
                >
                  {format.number(n)}
                </Link>
              </li>
            ),
          )}
          {page < pages ? (
            <li>
              <Link to="." search={toPage(page + 1)} rel="next">
                {t("app.pagination.next")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
