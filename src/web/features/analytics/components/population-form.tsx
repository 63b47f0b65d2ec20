import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import {
  POPULATION_SOURCE_MAX,
  type TRegionPopulation,
  ZPopulationUpdate,
} from "../../../../shared/contracts/analytics.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useUpdatePopulation } from "../api/analytics.api.ts";

const FIELDS = ["children", "year", "source"] as const;

/** An empty number field is «missing», not NaN, so it gets the «required» message. */
const asNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

/** One region's child population, the year it counts and where the figure comes from. */
export function PopulationForm({ row, onDone }: { row: TRegionPopulation; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const update = useUpdatePopulation(row.regionCode);
  const form = useContractForm(ZPopulationUpdate, {
    defaultValues: {
      children: row.children ?? undefined,
      year: row.year ?? new Date().getFullYear(),
      source: row.source ?? "",
    },
  });
  const { errors } = form.formState;
  const regionName = format.text(row.regionName);
  useEffect(() => form.setFocus("children"), [form.setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      toast.show(t("app.analytics.population.saved", { region: regionName }));
      onDone();
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="form population-form"
      aria-labelledby="population-form-title"
    >
      <h3 id="population-form-title">{t("app.analytics.population.edit_title", { region: regionName })}</h3>
      <FormField label={t("app.analytics.population.children")} error={errors.children?.message} required>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            {...form.register("children", { setValueAs: asNumber })}
          />
        )}
      </FormField>
      <FormField label={t("app.analytics.population.year")} error={errors.year?.message} required>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            {...form.register("year", { setValueAs: asNumber })}
          />
        )}
      </FormField>
      <FormField
        label={t("app.analytics.population.source")}
        description={t("app.analytics.population.source_hint")}
        error={errors.source?.message}
        required
      >
        {(control) => (
          <input {...control} type="text" maxLength={POPULATION_SOURCE_MAX} {...form.register("source")} />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t("app.action.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("app.action.cancel")}
        </button>
      </div>
    </form>
  );
}
