import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { COST_KINDS, REFERRAL_REQUIREMENTS, SERVICE_LANGUAGES } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import { toNumberOrNull } from "../lib/changed-fields.ts";
import type { Labels } from "../lib/labels.ts";
import { FormSelect } from "./form-select.tsx";
import { LocalizedInput } from "./localized-input.tsx";
import type { ServiceFormValues } from "./service-about-fields.tsx";

/** How a family gets the service: cost, language, referral, waiting list, places, schedule. */
export function ServiceAccessFields({ labels }: { labels: Labels }) {
  const { t } = useTranslation();
  const { register, control, formState, watch } = useFormContext<ServiceFormValues>();
  const errors = formState.errors;
  const [cost, referral, hasWaitlist] = watch(["cost", "referralRequirement", "hasWaitlist"]);
  return (
    <section className="form-section" aria-labelledby="service-access">
      <h2 id="service-access">{t("app.services.section.access")}</h2>
      <FieldsetField legend={t("app.services.field.cost")} error={errors.cost?.message} required>
        <div className="choices">
          {COST_KINDS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" value={value} {...register("cost")} />
              <span>{labels.cost(value)}</span>
            </label>
          ))}
        </div>
      </FieldsetField>
      {cost === "paid" ? (
        <LocalizedInput<ServiceFormValues>
          name="feesDescription"
          label={t("app.services.field.fees")}
          maxLength={2000}
          multiline
        />
      ) : null}
      <div className="form__row">
        <FormField
          label={t("app.services.field.capacity")}
          description={t("app.services.field.capacity_hint")}
          error={errors.capacity?.message}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              {...register("capacity", { setValueAs: toNumberOrNull })}
            />
          )}
        </FormField>
        <FormField
          label={t("app.services.field.state_funded_places")}
          description={t("app.services.field.state_funded_places_hint")}
          error={errors.stateFundedPlaces?.message}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              {...register("stateFundedPlaces", { setValueAs: toNumberOrNull })}
            />
          )}
        </FormField>
      </div>
      <Controller
        control={control}
        name="languages"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t("app.services.field.languages")}
            options={SERVICE_LANGUAGES.map((value) => ({ value, label: labels.language(value) }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormSelect<ServiceFormValues>
        name="referralRequirement"
        label={t("app.services.field.referral")}
        options={REFERRAL_REQUIREMENTS.map((value) => ({ value, label: labels.referral(value) }))}
        required
      />
      {referral !== "none" ? (
        <LocalizedInput<ServiceFormValues>
          name="referralNote"
          label={t("app.services.field.referral_note")}
          maxLength={2000}
          multiline
        />
      ) : null}
      <label className="choice">
        <input type="checkbox" {...register("hasWaitlist")} />
        <span>
          <strong>{t("app.services.field.waitlist")}</strong>
        </span>
      </label>
      {hasWaitlist ? (
        <LocalizedInput<ServiceFormValues>
          name="waitlistNote"
          label={t("app.services.field.waitlist_note")}
          maxLength={2000}
          multiline
        />
      ) : null}
      <LocalizedInput<ServiceFormValues>
        name="applicationProcess"
        label={t("app.services.field.application")}
        maxLength={5000}
        multiline
      />
      <LocalizedInput<ServiceFormValues>
        name="schedule"
        label={t("app.services.field.schedule")}
        maxLength={2000}
        multiline
      />
    </section>
  );
}
