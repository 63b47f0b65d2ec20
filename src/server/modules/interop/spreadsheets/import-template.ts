import type { ImportKind } from "../../../../shared/contracts/spreadsheet-import.ts";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { translator } from "./export-context.ts";
import { fieldLabel, IMPORT_FIELDS } from "./import-fields.ts";
import type { SheetTable } from "./spreadsheet-write.ts";

/** The headers an import recognizes, in `locale`, and one example row that imports as it is. */
export function importTemplate(kind: ImportKind, locale: Locale): SheetTable {
  const t = translator(locale);
  const fields = IMPORT_FIELDS[kind];
  return {
    headers: fields.map((field) => fieldLabel(field, t)),
    rows: [fields.map((field) => field.example(t, locale))],
  };
}
