import { useTranslation } from "react-i18next";
import type { THsdsProblem } from "../../../../shared/contracts/hsds-import.ts";
import { HsdsProblemsTable } from "./hsds-problems-table.tsx";

/** A rejected package: nothing was written, and every problem that has to be fixed first. */
export function HsdsImportFailure({ problems }: { problems: THsdsProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="alert">{t("app.imports.hsds.nothing_written", { count: problems.length })}</p>
      <HsdsProblemsTable caption={t("app.imports.hsds.problems")} problems={problems} />
    </>
  );
}
