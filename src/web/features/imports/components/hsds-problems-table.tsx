import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { THsdsProblem } from "../../../../shared/contracts/hsds-import.ts";

/** How many problems show at first: a broken package can have thousands, the first ones usually tell why. */
export const PROBLEMS_SHOWN = 100;

/** Problems of an HSDS import by file, row and field; the first PROBLEMS_SHOWN, then all on request. */
export function HsdsProblemsTable({ caption, problems }: { caption: string; problems: THsdsProblem[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, PROBLEMS_SHOWN);
  return (
    <>
      <table className="data-table hsds-problems">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("app.imports.hsds.file")}</th>
            <th scope="col">{t("app.imports.report.row")}</th>
            <th scope="col">{t("app.imports.mapping.field")}</th>
            <th scope="col">{t("app.imports.report.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one field can have several problems
            <tr key={index}>
              <td>{problem.file}</td>
              <td>{problem.row}</td>
              <td>{problem.field}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < problems.length ? (
        <p>
          {t("app.imports.hsds.shown", { shown: shown.length, count: problems.length })}{" "}
          <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
            {t("app.imports.hsds.show_all", { count: problems.length })}
          </button>
        </p>
      ) : null}
    </>
  );
}
