import type { THsdsImportReport } from "../../../../shared/contracts/hsds-import.ts";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { translate } from "../../../i18n/translate.ts";
import type { ImportReport } from "./hsds-import.service.ts";
import type { ImportIssue } from "./hsds-import-types.ts";

export const problemOf = (problem: ImportIssue, locale: Locale) => ({
  file: problem.file,
  row: problem.row,
  field: problem.field,
  message: translate(locale, problem.messageKey, problem.params),
});

export function presentReport(report: ImportReport, locale: Locale): THsdsImportReport {
  return {
    written: report.written,
    counts: report.counts,
    errors: report.issues.filter((i) => i.severity === "error").map((i) => problemOf(i, locale)),
    warnings: report.issues.filter((i) => i.severity === "warning").map((i) => problemOf(i, locale)),
    rejected: report.rejects.map(({ source }) => ({
      file: source.file,
      row: source.row,
      object: source.object,
      id: String(source.record.id ?? ""),
    })),
    ignoredFiles: report.ignoredFiles,
  };
}

/** The rejects file of `--partial`: one JSON line per rejected record, with its problems and the record itself. */
export function rejectsNdjson(report: ImportReport, locale: Locale): string {
  return report.rejects
    .map(({ source, issues }) =>
      JSON.stringify({
        file: source.file,
        row: source.row,
        object: source.object,
        problems: issues.map((i) => problemOf(i, locale)),
        record: source.record,
      }),
    )
    .map((line) => `${line}\n`)
    .join("");
}
