import type { TImportMapping } from "../../../../shared/contracts/spreadsheet-import.ts";
import { foldText } from "../../../../shared/search/fold.ts";
import { LOCALES } from "../../../../shared/vocabulary.ts";
import { AppError } from "../../../http/app-error.ts";
import { translate } from "../../../i18n/translate.ts";
import { fieldLabel, type ImportFieldDef } from "./import-fields.ts";

/** The headers a field answers to, folded: its key and its label in every language (bare label too for one language). */
function namesOf(field: ImportFieldDef): Set<string> {
  const names = new Set([foldText(field.key)]);
  for (const locale of LOCALES) {
    names.add(foldText(fieldLabel(field, (key) => translate(locale, key))));
    // «Название» alone is the Russian name column, «Атауы» the Kazakh one.
    if (field.value.type !== "localized" || field.value.locale === locale) {
      names.add(foldText(translate(locale, field.labelKey)));
    }
  }
  return names;
}

/** Pairs each field with the first unclaimed column whose header folds to one of its names. */
export function suggestMapping(
  fields: readonly ImportFieldDef[],
  headers: readonly string[],
): TImportMapping {
  const folded = headers.map(foldText);
  const claimed = new Set<number>();
  const mapping: TImportMapping = {};
  for (const field of fields) {
    const names = namesOf(field);
    const index = folded.findIndex(
      (header, column) => !claimed.has(column) && header !== "" && names.has(header),
    );
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) claimed.add(index);
  }
  return mapping;
}

/**
 * The mapping to import with: unknown fields and columns outside the file are refused, and every
 * required field (for per-language text, one of its languages) must have a column.
 */
export function checkMapping(
  fields: readonly ImportFieldDef[],
  mapping: TImportMapping,
  columnCount: number,
  labelOf: (field: ImportFieldDef) => string,
): void {
  const known = new Set(fields.map((field) => field.key));
  const details: NonNullable<AppError["details"]> = [];
  for (const [key, column] of Object.entries(mapping)) {
    if (!known.has(key))
      details.push({
        path: `mapping.${key}`,
        code: "custom",
        messageKey: "imports.unknown_field",
        params: { field: key },
      });
    else if (column !== null && column >= columnCount) {
      details.push({
        path: `mapping.${key}`,
        code: "custom",
        messageKey: "imports.no_such_column",
        params: { column: column + 1 },
      });
    }
  }
  const required = new Map<string, ImportFieldDef[]>();
  for (const field of fields.filter((f) => f.required))
    required.set(field.path, [...(required.get(field.path) ?? []), field]);
  for (const group of required.values()) {
    if (group.every((field) => mapping[field.key] == null)) {
      const first = group[0] as ImportFieldDef;
      details.push({
        path: `mapping.${first.key}`,
        code: "custom",
        messageKey: "imports.missing_column",
        params: { field: labelOf(first) },
      });
    }
  }
  if (details.length > 0) throw new AppError("validation_failed", "imports.mapping_invalid", {}, details);
}
