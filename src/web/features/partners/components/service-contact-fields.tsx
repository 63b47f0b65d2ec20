import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { partnerLocationsQueryOptions } from "../api/locations.api.ts";
import { emptyToNull } from "../lib/changed-fields.ts";
import { locationLine } from "./partner-sections.tsx";
import type { ServiceFormValues } from "./service-about-fields.tsx";

/** Where the service is given and how to reach it. */
export function ServiceContactFields({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locations = useQuery(partnerLocationsQueryOptions(organizationId));
  const { register, control, formState } = useFormContext<ServiceFormValues>();
  const errors = formState.errors;
  const options = (locations.data?.items ?? []).map((location) => ({
    value: location.id,
    label: [format.text(location.name), locationLine(location, format)].filter(Boolean).join(" — "),
  }));
  return (
    <section className="form-section" aria-labelledby="service-where">
      <h2 id="service-where">{t("app.services.section.where")}</h2>
      {locations.data && options.length === 0 ? (
        <p className="muted">
          {t("app.services.field.no_locations")}{" "}
          <Link to="/partners/$id/locations/new" params={{ id: organizationId }}>
            {t("app.partners.locations.add")}
          </Link>
        </p>
      ) : (
        <Controller
          control={control}
          name="locationIds"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t("app.services.field.locations")}
              options={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
      <div className="form__row">
        <FormField label={t("app.services.field.email")} error={errors.email?.message}>
          {(props) => <input {...props} type="email" {...register("email", { setValueAs: emptyToNull })} />}
        </FormField>
        <FormField label={t("app.services.field.phone")} error={errors.phone?.message}>
          {(props) => <input {...props} type="tel" {...register("phone", { setValueAs: emptyToNull })} />}
        </FormField>
        <FormField label={t("app.services.field.url")} error={errors.url?.message}>
          {(props) => <input {...props} type="url" {...register("url", { setValueAs: emptyToNull })} />}
        </FormField>
        <FormField
          label={t("app.services.field.assured_date")}
          description={t("app.services.field.assured_date_hint")}
          error={errors.assuredDate?.message}
        >
          {(props) => (
            <input {...props} type="date" {...register("assuredDate", { setValueAs: emptyToNull })} />
          )}
        </FormField>
      </div>
    </section>
  );
}
