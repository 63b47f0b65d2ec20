import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TImportMapping, TImportPreview } from "../../../../shared/contracts/spreadsheet-import.ts";

/**
 * One select per field the import can fill, prefilled with the server's suggestion; the person fixes what
 * was not recognized. Per-language columns count as one required field: one of them is enough.
 */
export function MappingStep({
  preview,
  busy,
  onSubmit,
  onBack,
}: {
  preview: TImportPreview;
  busy: boolean;
  onSubmit: (mapping: TImportMapping) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mapping, setMapping] = useState<TImportMapping>(preview.suggestedMapping);
  const groupOf = (key: string) => key.replace(/_(kk|ru|en)$/, "");
  const missing = preview.fields.filter(
    (field) =>
      field.required &&
      preview.fields.every(
        (other) => groupOf(other.key) !== groupOf(field.key) || mapping[other.key] == null,
      ),
  );
  const missingGroups = [...new Map(missing.map((field) => [groupOf(field.key), field])).values()];
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (missingGroups.length === 0) onSubmit(mapping);
      }}
    >
      <h2>{t("app.imports.mapping.title")}</h2>
      <p>{t("app.imports.mapping.intro", { rows: preview.rowCount })}</p>
      <table className="data-table import-mapping">
        <caption className="visually-hidden">{t("app.imports.mapping.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("app.imports.mapping.field")}</th>
            <th scope="col">{t("app.imports.mapping.column")}</th>
            <th scope="col">{t("app.imports.mapping.example")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.fields.map((field) => {
            const column = mapping[field.key] ?? null;
            return (
              <tr key={field.key}>
                <th scope="row">
                  <label htmlFor={`${id}-${field.key}`}>
                    {field.label}
                    {field.required ? ` (${t("app.imports.mapping.required")})` : ""}
                  </label>
                </th>
                <td>
                  <select
                    id={`${id}-${field.key}`}
                    value={column === null ? "" : String(column)}
                    onChange={(event) =>
                      setMapping({
                        ...mapping,
                        [field.key]: event.target.value === "" ? null : Number(event.target.value),
                      })
                    }
                  >
                    <option value="">{t("app.imports.mapping.none")}</option>
                    {preview.columns.map((header, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                      <option key={index} value={String(index)}>
                        {header || t("app.imports.mapping.unnamed", { number: index + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{column === null ? "" : (preview.sample[0]?.[column] ?? "")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missingGroups.length > 0 ? (
        <p className="field__error" role="alert">
          {t("app.imports.mapping.missing", { fields: missingGroups.map((field) => field.label).join(", ") })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t("app.imports.back")}
        </button>
        <button type="submit" className="button" disabled={busy || missingGroups.length > 0}>
          {t("app.imports.mapping.check")}
        </button>
      </div>
    </form>
  );
}
