import { useTranslation } from "react-i18next";
import { type QueryValue, queryString } from "../../lib/api-client.ts";

export type ExportList = "organizations" | "services" | "memoranda" | "initiatives";

/**
 * Downloads of a whole staff list with the filters it shows (the page is left out: an export holds every
 * row), in the interface language. The memoranda registry also comes as a printable PDF.
 */
export function ExportLinks({
  list,
  search,
  pdf = false,
}: {
  list: ExportList;
  search: Record<string, QueryValue>;
  pdf?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { page: _page, perPage: _perPage, ...filters } = search;
  const query = queryString({ ...filters, lang: i18n.language });
  const link = (format: "csv" | "xlsx" | "pdf", label: string) => (
    <a className="button button--secondary" href={`/api/exports/${list}.${format}${query}`} download>
      {label}
    </a>
  );
  return (
    <nav className="list-exports" aria-label={t("app.exports.title")}>
      {link("csv", t("app.exports.csv"))}
      {link("xlsx", t("app.exports.xlsx"))}
      {pdf ? link("pdf", t("app.exports.pdf")) : null}
    </nav>
  );
}
