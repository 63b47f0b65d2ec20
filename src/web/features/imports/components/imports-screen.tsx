import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ImportKind,
  MAX_IMPORT_ROWS,
  type TImportMapping,
  type TImportPreview,
  type TImportReport,
} from "../../../../shared/contracts/spreadsheet-import.ts";
import { ErrorState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { ACCEPTED_SPREADSHEETS, templateHref, usePreviewImport, useRunImport } from "../api/imports.api.ts";
import { HsdsImportSection } from "./hsds-import-section.tsx";
import { ImportReportView } from "./import-report.tsx";
import { MappingStep } from "./mapping-step.tsx";

type Stage =
  | { step: "upload" }
  | { step: "mapping"; file: File; preview: TImportPreview }
  | {
      step: "check" | "done";
      file: File;
      preview: TImportPreview;
      mapping: TImportMapping;
      report: TImportReport;
    };

/** Spreadsheet import: upload, map the columns, check every row without writing, then import all or nothing. */
export function ImportsScreen({ me }: { me: TMe }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("app.nav.imports"));
  // Services belong to an organization's own writers: admins here (a partner edits its own on its page).
  const kinds: ImportKind[] = me.user.role === "admin" ? ["organizations", "services"] : ["organizations"];
  const [kind, setKind] = useState<ImportKind>("organizations");
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: "upload" });
  const preview = usePreviewImport();
  const run = useRunImport();
  const restart = () => {
    preview.reset();
    run.reset();
    setStage({ step: "upload" });
  };
  const check = (
    current: { file: File; preview: TImportPreview },
    mapping: TImportMapping,
    dryRun: boolean,
  ) =>
    run.mutate(
      { file: current.file, kind: current.preview.kind, mapping, dryRun },
      { onSuccess: (report) => setStage({ ...current, mapping, report, step: dryRun ? "check" : "done" }) },
    );
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.imports")}</h1>
      </div>
      <h2>{t("app.imports.spreadsheets_heading")}</h2>
      {stage.step === "upload" ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (file)
              preview.mutate(
                { file, kind },
                { onSuccess: (result) => setStage({ step: "mapping", file, preview: result }) },
              );
          }}
        >
          <p>{t("app.imports.intro", { max: MAX_IMPORT_ROWS })}</p>
          <label className="field">
            <span className="field__label">{t("app.imports.kind")}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as ImportKind)}>
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {t(`app.imports.kind_${option}`)}
                </option>
              ))}
            </select>
          </label>
          <p>
            {t("app.imports.template")}{" "}
            <a href={templateHref(kind, "xlsx", i18n.language)} download>
              XLSX
            </a>{" "}
            ·{" "}
            <a href={templateHref(kind, "csv", i18n.language)} download>
              CSV
            </a>
          </p>
          <label className="field">
            <span className="field__label">{t("app.imports.file")}</span>
            <input
              type="file"
              accept={ACCEPTED_SPREADSHEETS}
              required
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>
          {preview.isError ? <ErrorState error={preview.error} /> : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={!file || preview.isPending}>
              {t("app.imports.read")}
            </button>
          </div>
        </form>
      ) : null}
      {stage.step === "mapping" ? (
        <>
          <MappingStep
            preview={stage.preview}
            busy={run.isPending}
            onBack={restart}
            onSubmit={(mapping) => check(stage, mapping, true)}
          />
          {run.isError ? <ErrorState error={run.error} /> : null}
        </>
      ) : null}
      {stage.step === "check" ? (
        <section className="stack" aria-labelledby="import-check">
          <h2 id="import-check">{t("app.imports.check.title")}</h2>
          <ImportReportView report={stage.report} />
          {run.isError ? <ErrorState error={run.error} /> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStage({ step: "mapping", file: stage.file, preview: stage.preview })}
            >
              {t("app.imports.back")}
            </button>
            {stage.report.valid ? (
              <button
                type="button"
                className="button"
                disabled={run.isPending}
                onClick={() => check(stage, stage.mapping, false)}
              >
                {t("app.imports.confirm", { count: stage.report.rowCount })}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
      {stage.step === "done" ? (
        <section className="stack" aria-labelledby="import-done">
          <h2 id="import-done">{t("app.imports.done.title")}</h2>
          <ImportReportView report={stage.report} />
          <button type="button" className="button button--secondary" onClick={restart}>
            {t("app.imports.again")}
          </button>
        </section>
      ) : null}
      {me.user.role === "admin" ? <HsdsImportSection /> : null}
    </>
  );
}
