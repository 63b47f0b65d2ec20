import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/states.tsx";
import { currentLocale } from "../../../lib/i18n.ts";
import { hsdsExportHref, hsdsProblemsOf, useHsdsImport } from "../api/hsds-import.api.ts";
import { HsdsImportFailure } from "./hsds-import-failure.tsx";
import { HsdsImportForm } from "./hsds-import-form.tsx";
import { HsdsImportReportView } from "./hsds-import-report.tsx";

/** Admins: import another directory's HSDS 3.0 package and read the report; download this one's. */
export function HsdsImportSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const resultId = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const run = useHsdsImport();
  const problems = run.isError ? hsdsProblemsOf(run.error) : null;
  const hasResult = run.isSuccess || problems !== null;
  // The result replaces nothing on screen, so focus is taken to it: a screen reader reads it from its heading.
  useEffect(() => {
    if (hasResult) resultHeading.current?.focus();
  }, [hasResult]);
  return (
    <section className="stack hsds-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("app.imports.hsds.title")}</h2>
      <p>{t("app.imports.hsds.intro")}</p>
      <p>
        {t("app.imports.hsds.export_intro")}{" "}
        <a href={hsdsExportHref(currentLocale())} download>
          {t("app.imports.hsds.export")}
        </a>
      </p>
      <HsdsImportForm busy={run.isPending} onSubmit={(input) => run.mutate(input)} />
      <div className={run.isPending ? "state state--loading" : undefined} role="status" aria-live="polite">
        {run.isPending ? (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{t("app.imports.hsds.busy")}</span>
          </>
        ) : null}
      </div>
      {run.isError && problems === null ? <ErrorState error={run.error} /> : null}
      {hasResult ? (
        <section className="stack" aria-labelledby={resultId}>
          <h3 id={resultId} ref={resultHeading} tabIndex={-1}>
            {t(run.isSuccess ? "app.imports.done.title" : "app.imports.hsds.rejected_title")}
          </h3>
          {run.isSuccess ? <HsdsImportReportView report={run.data} /> : null}
          {problems ? <HsdsImportFailure problems={problems} /> : null}
        </section>
      ) : null}
    </section>
  );
}
