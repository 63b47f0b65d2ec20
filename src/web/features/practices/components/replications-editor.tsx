import { useQuery } from "@tanstack/react-query";
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TPractice, ZReplicationsReplace } from "../../../../shared/contracts/practices.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { EmptyState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useReplaceReplications } from "../api/practices.api.ts";
import { useRegionName } from "./practices-screen.tsx";

const nullIfEmpty = (value: unknown) => (value === "" || value === null ? null : value);
const yearOrNull = (value: unknown) => (value === "" || value === null ? null : Number(value));

const valuesOf = (practice: TPractice) => ({
  version: practice.version,
  replications: practice.replications.map((replication) => ({ ...replication })),
});

/** The regions that replicated a practice, for those who may only read it. */
export function ReplicationsList({ practice }: { practice: TPractice }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  if (practice.replications.length === 0) return <EmptyState title={t("app.practices.replications.empty")} />;
  return (
    <ul className="item-list">
      {practice.replications.map((replication) => (
        <li key={replication.regionCode}>
          <span className="item-list__title">
            {regionName(replication.regionCode)}
            {replication.year ? ` (${replication.year})` : ""}
          </span>
          {replication.note ? <span className="item-list__meta">{replication.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Records the regions that took the practice up: one row per region with an optional year and note,
 * saved as one set (`PUT …/replications`).
 */
export function ReplicationsEditor({ practice }: { practice: TPractice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const regions = useQuery(regionsQueryOptions());
  const replace = useReplaceReplications(practice.id);
  const form = useContractForm(ZReplicationsReplace, { defaultValues: valuesOf(practice) });
  const rows = useFieldArray({ control: form.control, name: "replications" });
  const { errors, isDirty, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      // The practice's latest version: saving its text in the meantime moved it.
      const saved = await replace.mutateAsync({ ...values, version: practice.version });
      form.reset(valuesOf(saved));
      toast.show(t("app.practices.replications.saved"));
    } catch (error) {
      if (!applyApiErrors(error, form.setError, ["replications"])) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });
  // The rows' region choices must exist before the rows' stored regions are put into them.
  if (!regions.data) return <LoadingState />;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form replications">
        {rows.fields.length === 0 ? <EmptyState title={t("app.practices.replications.empty")} /> : null}
        {rows.fields.map((row, index) => {
          const rowErrors = errors.replications?.[index];
          return (
            <fieldset key={row.id} className="fieldset replications__row">
              <legend className="field__label">
                {t("app.practices.replications.row", { n: index + 1 })}
              </legend>
              <FormField
                label={t("app.practices.replications.region")}
                error={rowErrors?.regionCode?.message}
                required
              >
                {(control) => (
                  <select {...control} {...form.register(`replications.${index}.regionCode`)}>
                    <option value="">{t("app.practices.field.region_choose")}</option>
                    {regions.data.map((region) => (
                      <option key={region.code} value={region.code}>
                        {format.text(region.name)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField label={t("app.practices.replications.year")} error={rowErrors?.year?.message}>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    inputMode="numeric"
                    min={1991}
                    max={2100}
                    {...form.register(`replications.${index}.year`, { setValueAs: yearOrNull })}
                  />
                )}
              </FormField>
              <FormField label={t("app.practices.replications.note")} error={rowErrors?.note?.message}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    maxLength={1000}
                    {...form.register(`replications.${index}.note`, { setValueAs: nullIfEmpty })}
                  />
                )}
              </FormField>
              <button type="button" className="button button--secondary" onClick={() => rows.remove(index)}>
                {t("app.practices.replications.remove")}
                <span className="visually-hidden">
                  {" "}
                  {t("app.practices.replications.row", { n: index + 1 })}
                </span>
              </button>
            </fieldset>
          );
        })}
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => rows.append({ regionCode: "", year: null, note: null })}
          >
            {t("app.practices.replications.add")}
          </button>
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {t("app.practices.replications.save")}
          </button>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}
