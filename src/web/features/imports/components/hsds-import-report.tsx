import { useTranslation } from "react-i18next";
import type { THsdsImportReport } from "../../../../shared/contracts/hsds-import.ts";
import { useFormat } from "../../../lib/format.ts";
import { HsdsProblemsTable } from "./hsds-problems-table.tsx";

const COUNTS = [
  ["organizations", "app.imports.hsds.count.organizations"],
  ["locations", "app.imports.hsds.count.locations"],
  ["services", "app.imports.hsds.count.services"],
  ["servicesAtLocations", "app.imports.hsds.count.services_at_locations"],
] as const;

/** What an HSDS import wrote: counts, warnings, and with a partial import the rejected records and why. */
export function HsdsImportReportView({ report }: { report: THsdsImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p>
        {report.rejected.length > 0
          ? t("app.imports.hsds.written_partly", { count: report.rejected.length })
          : t("app.imports.hsds.written")}
      </p>
      <table className="data-table">
        <caption>{t("app.imports.hsds.counts")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("app.imports.hsds.object")}</th>
            <th scope="col">{t("app.imports.hsds.records")}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{t(label)}</th>
              <td>{format.number(report.counts[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rejected.length > 0 ? (
        <>
          <table className="data-table">
            <caption>{t("app.imports.hsds.rejected")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("app.imports.hsds.file")}</th>
                <th scope="col">{t("app.imports.report.row")}</th>
                <th scope="col">{t("app.imports.hsds.object")}</th>
                <th scope="col">{t("app.imports.hsds.id")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((record) => (
                <tr key={`${record.file}:${record.row}`}>
                  <td>{record.file}</td>
                  <td>{record.row}</td>
                  <td>{record.object}</td>
                  <td>{record.id}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <HsdsProblemsTable caption={t("app.imports.hsds.errors")} problems={report.errors} />
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <HsdsProblemsTable caption={t("app.imports.hsds.warnings")} problems={report.warnings} />
      ) : null}
      {report.ignoredFiles.length > 0 ? (
        <p>{t("app.imports.hsds.ignored", { files: report.ignoredFiles.join(", ") })}</p>
      ) : null}
    </>
  );
}
