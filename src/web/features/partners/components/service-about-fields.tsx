import { useQuery } from "@tanstack/react-query";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZServiceCreate } from "../../../../shared/contracts/services.ts";
import { SERVICE_STATUSES, TARGET_GROUPS } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { serviceCategoriesQueryOptions } from "../api/services.api.ts";
import { toNumberOrNull } from "../lib/changed-fields.ts";
import type { Labels } from "../lib/labels.ts";
import { FormSelect } from "./form-select.tsx";
import { LocalizedInput } from "./localized-input.tsx";

export type ServiceFormValues = z.input<typeof ZServiceCreate>;

/** What the service is and whom it is for. */
export function ServiceAboutFields({ labels }: { labels: Labels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categories = useQuery(serviceCategoriesQueryOptions());
  const { register, control, formState } = useFormContext<ServiceFormValues>();
  const errors = formState.errors;
  return (
    <section className="form-section" aria-labelledby="service-about">
      <h2 id="service-about">{t("app.services.section.about")}</h2>
      <LocalizedInput<ServiceFormValues>
        name="name"
        label={t("app.services.field.name")}
        maxLength={300}
        required
      />
      <LocalizedInput<ServiceFormValues>
        name="description"
        label={t("app.services.field.description")}
        maxLength={5000}
        multiline
      />
      <Controller
        control={control}
        name="categoryCodes"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t("app.services.field.categories")}
            options={(categories.data ?? []).map((category) => ({
              value: category.code,
              label: format.text(category.name),
            }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            columns
          />
        )}
      />
      <Controller
        control={control}
        name="targetGroups"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t("app.services.field.target_groups")}
            options={TARGET_GROUPS.map((value) => ({ value, label: labels.targetGroup(value) }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            columns
          />
        )}
      />
      <div className="form__row">
        <FormField label={t("app.services.field.min_age")} error={errors.minAge?.message}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={99}
              {...register("minAge", { setValueAs: toNumberOrNull })}
            />
          )}
        </FormField>
        <FormField label={t("app.services.field.max_age")} error={errors.maxAge?.message}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={99}
              {...register("maxAge", { setValueAs: toNumberOrNull })}
            />
          )}
        </FormField>
        <FormSelect<ServiceFormValues>
          name="status"
          label={t("app.services.field.status")}
          options={SERVICE_STATUSES.map((value) => ({ value, label: labels.serviceStatus(value) }))}
          required
        />
      </div>
      <label className="choice">
        <input type="checkbox" {...register("published")} />
        <span>
          <strong>{t("app.services.field.published")}</strong>
          <span className="choice__hint">{t("app.services.field.published_hint")}</span>
        </span>
      </label>
    </section>
  );
}
