import type { z } from "zod";
import type {
  ImportKind,
  TImportMapping,
  TImportPreview,
  TImportReport,
  TImportRowError,
} from "../../../../shared/contracts/spreadsheet-import.ts";
import { pickLocalized } from "../../../../shared/localized-text.ts";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../../db/client.ts";
import { AppError } from "../../../http/app-error.ts";
import type { UserPrincipal } from "../../../http/principal.ts";
import { translator } from "./export-context.ts";
import { fieldLabel, IMPORT_FIELDS, type ImportFieldDef } from "./import-fields.ts";
import { IMPORT_KIND_SPECS, type ImportKindSpec } from "./import-kinds.ts";
import { checkMapping, suggestMapping } from "./import-mapping.ts";
import { type CellProblem, checkRows } from "./import-rows.ts";
import { loadLookups } from "./import-values.ts";
import { readSpreadsheet, type SheetText } from "./spreadsheet-read.ts";

const SAMPLE_ROWS = 10;

export interface ImportRequest {
  kind: ImportKind;
  bytes: Uint8Array;
  mapping?: TImportMapping;
  dryRun: boolean;
}

export async function previewImport(
  kind: ImportKind,
  bytes: Uint8Array,
  locale: Locale,
): Promise<TImportPreview> {
  const sheet = await readSpreadsheet(bytes);
  const fields = IMPORT_FIELDS[kind];
  const t = translator(locale);
  return {
    kind,
    columns: sheet.headers,
    sample: sheet.rows.slice(0, SAMPLE_ROWS),
    rowCount: sheet.rows.length,
    fields: fields.map((field) => ({
      key: field.key,
      label: fieldLabel(field, t),
      required: Boolean(field.required),
    })),
    suggestedMapping: suggestMapping(fields, sheet.headers),
  };
}

function presentProblems(problems: CellProblem[], sheet: SheetText, locale: Locale): TImportRowError[] {
  const t = translator(locale);
  return problems
    .sort((a, b) => a.row - b.row)
    .map((problem) => ({
      row: problem.row,
      field: fieldLabel(problem.field, t),
      column: problem.column === null ? null : (sheet.headers[problem.column] ?? null),
      message: t(problem.messageKey, problem.params),
    }));
}

/**
 * Validates every row with the create contract and the create routes' rules, then writes all rows in one
 * audited transaction, or none: a dry run, or any invalid row, writes nothing.
 */
export async function runImport(
  db: Database,
  principal: UserPrincipal,
  request: ImportRequest,
  locale: Locale,
): Promise<TImportReport> {
  const spec = IMPORT_KIND_SPECS[request.kind] as ImportKindSpec<z.ZodType>;
  const fields = IMPORT_FIELDS[request.kind];
  const t = translator(locale);
  const sheet = await readSpreadsheet(request.bytes);
  const mapping = request.mapping ?? suggestMapping(fields, sheet.headers);
  checkMapping(fields, mapping, sheet.headers.length, (field) => fieldLabel(field, t));
  const organizationColumn = mapping.organization;
  const refs = organizationColumn == null ? [] : sheet.rows.map((row) => row[organizationColumn] ?? "");
  const lookups = await loadLookups(db, refs);
  const checked = checkRows(sheet.rows, fields, mapping, lookups, spec.contract);
  const fieldByKey = new Map(fields.map((field) => [field.key, field]));
  const ruleProblems = (await spec.checkRows(db, principal, checked.rows)).map((problem): CellProblem => {
    const field = fieldByKey.get(problem.fieldKey) as ImportFieldDef;
    return { ...problem, field, column: mapping[problem.fieldKey] ?? null, params: problem.params ?? {} };
  });
  const errors = presentProblems([...checked.problems, ...ruleProblems], sheet, locale);
  const valid = errors.length === 0;
  const named = checked.rows.map(({ row, value }) => ({
    row,
    name: value ? (pickLocalized(spec.nameOf(value), locale)?.text ?? "") : "",
    value,
  }));
  if (!valid && !request.dryRun) throw rejectedBatch(errors);
  let ids: string[] = [];
  if (valid && !request.dryRun) {
    ids = await withActor(db, principal.id, async (tx) => {
      const written: string[] = [];
      for (const { value } of named) written.push(await spec.write(tx, value));
      return written;
    });
  }
  return {
    kind: request.kind,
    dryRun: request.dryRun,
    valid,
    rowCount: named.length,
    created: ids.length,
    errors,
    rows: named.map(({ row, name }, index) => ({ row, name, id: ids[index] ?? null })),
  };
}

/** Nothing written: one detail per problem, its path `row:column`, its message naming both. */
function rejectedBatch(errors: TImportRowError[]): AppError {
  return new AppError(
    "validation_failed",
    "imports.batch_rejected",
    { count: errors.length },
    errors.map((error) => ({
      path: `${error.row}:${error.column ?? error.field}`,
      code: "import_row",
      messageKey: "imports.row_error",
      params: { row: error.row, column: error.column ?? error.field, message: error.message },
    })),
  );
}
