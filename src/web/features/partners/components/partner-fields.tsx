import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { ORGANIZATION_LEVELS, ORGANIZATION_TYPES, TARGET_GROUPS } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { emptyToNull } from "../lib/changed-fields.ts";
import type { Labels } from "../lib/labels.ts";
import { FormSelect } from "./form-select.tsx";

export type PartnerFormValues = z.input<typeof ZOrganizationCreate>;

/** Fields the API may name in its errors (applyApiErrors puts them on the form). */
export const PARTNER_FIELDS = [
  "name",
  "type",
  "level",
  "bin",
  "regionsServed",
  "email",
  "phone",
  "website",
  "contactName",
  "contactPosition",
  "targetGroups",
  "description",
  "published",
] as const;

/**
 * Everything a partner's profile has. `canPublish`: whether the publication switch is the caller's to
 * change (an admin's; a partner editing its own profile may not).
 */
export function PartnerFields({ labels, canPublish }: { labels: Labels; canPublish: boolean }) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<PartnerFormValues>();
  const errors = formState.errors;
  return (
    <>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.partners.field.name")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            maxLength={300}
            required
          />
        )}
      />
      <div className="form__row">
        <FormSelect<PartnerFormValues>
          name="type"
          label={t("app.partners.field.type")}
          options={ORGANIZATION_TYPES.map((value) => ({ value, label: labels.type(value) }))}
          required
        />
        <FormSelect<PartnerFormValues>
          name="level"
          label={t("app.partners.field.level")}
          options={ORGANIZATION_LEVELS.map((value) => ({ value, label: labels.level(value) }))}
          required
        />
        <FormField
          label={t("app.partners.field.bin")}
          description={t("app.partners.field.bin_hint")}
          error={errors.bin?.message}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              {...register("bin", { setValueAs: emptyToNull })}
            />
          )}
        </FormField>
      </div>
      <Controller
        control={control}
        name="regionsServed"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t("app.partners.field.regions")}
            options={labels.regions.map((region) => ({
              value: region.code,
              label: labels.region(region.code),
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
            legend={t("app.partners.field.target_groups")}
            options={TARGET_GROUPS.map((value) => ({ value, label: labels.targetGroup(value) }))}
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
        name="description"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.partners.field.description")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            maxLength={5000}
            multiline
          />
        )}
      />
      <FieldsetField legend={t("app.partners.contacts")}>
        <div className="form__row">
          <FormField label={t("app.partners.field.contact_name")} error={errors.contactName?.message}>
            {(props) => (
              <input {...props} type="text" {...register("contactName", { setValueAs: emptyToNull })} />
            )}
          </FormField>
          <FormField label={t("app.partners.field.contact_position")} error={errors.contactPosition?.message}>
            {(props) => (
              <input {...props} type="text" {...register("contactPosition", { setValueAs: emptyToNull })} />
            )}
          </FormField>
          <FormField label={t("app.partners.field.email")} error={errors.email?.message}>
            {(props) => <input {...props} type="email" {...register("email", { setValueAs: emptyToNull })} />}
          </FormField>
          <FormField label={t("app.partners.field.phone")} error={errors.phone?.message}>
            {(props) => <input {...props} type="tel" {...register("phone", { setValueAs: emptyToNull })} />}
          </FormField>
          <FormField label={t("app.partners.field.website")} error={errors.website?.message}>
            {(props) => <input {...props} type="url" {...register("website", { setValueAs: emptyToNull })} />}
          </FormField>
        </div>
      </FieldsetField>
      {canPublish ? (
        <label className="choice">
          <input type="checkbox" {...register("published")} />
          <span>
            <strong>{t("app.partners.field.published")}</strong>
            <span className="choice__hint">{t("app.partners.field.published_hint")}</span>
          </span>
        </label>
      ) : null}
    </>
  );
}
