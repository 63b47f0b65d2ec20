import { useTranslation } from "react-i18next";
import { queryString } from "../../../lib/api-client.ts";
import { type AnalyticsSearch, coverageQuery } from "../api/analytics-search.ts";

/**
 * The server's exports with the dashboard's filters: the matrix as CSV and XLSX, and the PDF report of one
 * region over the period (it needs a region, so without one it says how to get it).
 */
export function ExportLinks({ search }: { search: AnalyticsSearch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const matrix = queryString({ ...coverageQuery(search), lang });
  return (
    <nav className="analytics-exports" aria-label={t("app.analytics.export.title")}>
      <a className="button button--secondary" href={`/api/analytics/coverage.csv${matrix}`} download>
        {t("app.analytics.export.csv")}
      </a>
      <a className="button button--secondary" href={`/api/analytics/coverage.xlsx${matrix}`} download>
        {t("app.analytics.export.xlsx")}
      </a>
      {search.region ? (
        <a
          className="button button--secondary"
          href={`/api/analytics/report.pdf${queryString({ region: search.region, from: search.from, to: search.to, lang })}`}
          download
        >
          {t("app.analytics.export.pdf")}
        </a>
      ) : (
        <span className="muted">{t("app.analytics.export.pdf_needs_region")}</span>
      )}
    </nav>
  );
}
