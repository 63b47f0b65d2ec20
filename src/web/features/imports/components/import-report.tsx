import { useTranslation } from "react-i18next";
import type { TImportReport } from "../../../../shared/contracts/spreadsheet-import.ts";

/** The dry run's verdict: every problem by row and column, or the rows that would be created. */
export function ImportReportView({ report }: { report: TImportReport }) {
  const { t } = useTranslation();
  if (!report.valid) {
    return (
      <>
        <p role="alert">{t("app.imports.report.invalid", { count: report.errors.length })}</p>
        <table className="data-table">
          <caption>{t("app.imports.report.errors")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("app.imports.report.row")}</th>
              <th scope="col">{t("app.imports.mapping.column")}</th>
              <th scope="col">{t("app.imports.report.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems in one column
              <tr key={index}>
                <td>{error.row}</td>
                <td>{error.column ?? error.field}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <>
      <p>
        {t(report.dryRun ? "app.imports.report.would_create" : "app.imports.report.created", {
          count: report.rowCount,
        })}
      </p>
      <table className="data-table">
        <caption>{t("app.imports.report.rows")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("app.imports.report.row")}</th>
            <th scope="col">{t("app.imports.report.name")}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>{row.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
