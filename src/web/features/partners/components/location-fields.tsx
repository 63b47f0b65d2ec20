import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZLocationCreate } from "../../../../shared/contracts/services.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { emptyToNull, toNumberOrNull } from "../lib/changed-fields.ts";
import type { Labels } from "../lib/labels.ts";
import { FormSelect } from "./form-select.tsx";
import { PinMap } from "./pin-map.tsx";

export type LocationFormValues = z.input<typeof ZLocationCreate>;

export const LOCATION_FIELDS = [
  "name",
  "regionCode",
  "locality",
  "address",
  "postalCode",
  "latitude",
  "longitude",
] as const;

/** Where the place is: its name, region, address and map pin. */
export function LocationFields({ labels }: { labels: Labels }) {
  const { t } = useTranslation();
  const { register, control, formState, watch, setValue } = useFormContext<LocationFormValues>();
  const errors = formState.errors;
  const [latitude, longitude, regionCode] = watch(["latitude", "longitude", "regionCode"]);
  const pick = (lat: number, lon: number) => {
    setValue("latitude", lat, { shouldDirty: true, shouldValidate: true });
    setValue("longitude", lon, { shouldDirty: true, shouldValidate: true });
  };
  const localized = (name: "name" | "locality" | "address", label: string, required: boolean) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <LocalizedTextField
          label={label}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error as LocalizedFieldError}
          maxLength={name === "address" ? 500 : name === "name" ? 300 : 200}
          required={required}
        />
      )}
    />
  );
  return (
    <>
      {localized("name", t("app.partners.location.name"), false)}
      <div className="form__row">
        <FormSelect<LocationFormValues>
          name="regionCode"
          label={t("app.partners.location.region")}
          options={labels.regions.map((region) => ({
            value: region.code,
            label: labels.region(region.code),
          }))}
          required
        />
        <FormField label={t("app.partners.location.postal_code")} error={errors.postalCode?.message}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              autoComplete="postal-code"
              {...register("postalCode", { setValueAs: emptyToNull })}
            />
          )}
        </FormField>
      </div>
      {localized("locality", t("app.partners.location.locality"), true)}
      {localized("address", t("app.partners.location.address"), true)}
      <fieldset className="field fieldset">
        <legend className="field__label">{t("app.partners.location.pin")}</legend>
        <p className="field__description">{t("app.partners.location.pin_hint")}</p>
        <div className="form__row">
          <FormField label={t("app.partners.location.latitude")} error={errors.latitude?.message}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                {...register("latitude", { setValueAs: toNumberOrNull })}
              />
            )}
          </FormField>
          <FormField label={t("app.partners.location.longitude")} error={errors.longitude?.message}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                {...register("longitude", { setValueAs: toNumberOrNull })}
              />
            )}
          </FormField>
        </div>
        <PinMap
          latitude={typeof latitude === "number" ? latitude : null}
          longitude={typeof longitude === "number" ? longitude : null}
          regionCode={regionCode ?? null}
          regionName={regionCode ? labels.region(regionCode) : ""}
          onPick={pick}
        />
        <button
          type="button"
          className="button button--secondary pin-map__clear"
          onClick={() => {
            setValue("latitude", null, { shouldDirty: true });
            setValue("longitude", null, { shouldDirty: true });
          }}
          disabled={latitude == null && longitude == null}
        >
          {t("app.partners.location.clear_pin")}
        </button>
      </fieldset>
    </>
  );
}
