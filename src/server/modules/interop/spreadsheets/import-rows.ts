import type { z } from "zod";
import type { TImportMapping } from "../../../../shared/contracts/spreadsheet-import.ts";
import { messageForIssue } from "../../../../shared/validation-messages.ts";
import type { ImportFieldDef } from "./import-fields.ts";
import { convertCell, type ImportLookups } from "./import-values.ts";

/** A problem of one cell (or of the row, when no column holds the field). */
export interface CellProblem {
  row: number;
  field: ImportFieldDef;
  column: number | null;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface CheckedRow<T> {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  value: T | null;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell === "");

/** The field a contract issue is about: its property, and for per-language text, its language. */
function fieldOfIssue(fields: readonly ImportFieldDef[], mapping: TImportMapping, path: PropertyKey[]) {
  const [property, sub] = path.map(String);
  const candidates = fields.filter((field) => field.path === property);
  return (
    candidates.find((field) => field.value.type === "localized" && field.value.locale === sub) ??
    candidates.find((field) => mapping[field.key] != null) ??
    candidates[0]
  );
}

/**
 * Reads every data row into the create contract's input and validates it with that contract, so an import
 * accepts exactly what the form and the API accept. Blank rows are skipped; their numbers are kept.
 */
export function checkRows<S extends z.ZodType>(
  rows: readonly string[][],
  fields: readonly ImportFieldDef[],
  mapping: TImportMapping,
  lookups: ImportLookups,
  contract: S,
): { rows: CheckedRow<z.output<S>>[]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const checked: CheckedRow<z.output<S>>[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    const input: Record<string, unknown> = {};
    let convertible = true;
    for (const field of fields) {
      const column = mapping[field.key];
      const raw = column == null ? "" : (cells[column] ?? "");
      if (column == null || raw === "") continue;
      const converted = convertCell(field.value, raw, lookups);
      if (!converted.ok) {
        convertible = false;
        problems.push({
          row,
          field,
          column,
          messageKey: converted.messageKey,
          params: converted.params ?? {},
        });
        continue;
      }
      if (field.value.type === "localized") {
        input[field.path] = {
          ...(input[field.path] as object | undefined),
          [field.value.locale]: converted.value,
        };
      } else input[field.path] = converted.value;
    }
    const parsed = contract.safeParse(input);
    if (parsed.success && convertible) {
      checked.push({ row, value: parsed.data });
      return;
    }
    checked.push({ row, value: null });
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = fieldOfIssue(fields, mapping, issue.path);
      if (!field) continue;
      // A cell that could not be read already has its problem; the contract would only add «required».
      if (problems.some((p) => p.row === row && p.field.path === field.path)) continue;
      const { key, params } = messageForIssue(issue);
      problems.push({ row, field, column: mapping[field.key] ?? null, messageKey: key, params });
    }
  });
  return { rows: checked, problems };
}
