import { z } from "zod";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { translate } from "../../../i18n/translate.ts";
import type { ImportReport } from "./hsds-import.service.ts";
import type { ImportIssue } from "./hsds-import-types.ts";

const ZProblem = z.object({ file: z.string(), row: z.string(), field: z.string(), message: z.string() });

/** What an import reports back, in the caller's language: the API's response and the CLI's output. */
export const ZHsdsImportReport = z.object({
  written: z.boolean(),
  counts: z.object({
    organizations: z.number().int(),
    locations: z.number().int(),
    services: z.number().int(),
    servicesAtLocations: z.number().int(),
  }),
  errors: z.array(ZProblem),
  warnings: z.array(ZProblem),
  rejected: z.array(z.object({ file: z.string(), row: z.string(), object: z.string(), id: z.string() })),
  ignoredFiles: z.array(z.string()),
});
export type THsdsImportReport = z.infer<typeof ZHsdsImportReport>;

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
