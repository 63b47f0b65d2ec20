import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TOrganization, ZOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { ORGANIZATION_LEVELS, ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useCreatePartner } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { FormDialog } from "./form-dialog.tsx";

const FIELDS = ["name", "type", "level", "bin", "regionsServed", "email", "phone"] as const;
const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

export interface NewPartnerDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (organization: TOrganization) => void;
  /** Regions the new partner may serve: a coordinator's own; null for every region (an admin). */
  allowedRegions: readonly string[] | null;
}

/** Registers a partner that is not in the registry yet, without leaving the memorandum form. */
export function NewPartnerDialog({ open, onClose, onCreated, allowedRegions }: NewPartnerDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreatePartner();
  const regions = useQuery(regionsQueryOptions());
  const [failure, setFailure] = useState<string | null>(null);
  const choices = (regions.data ?? []).filter(
    (region) => allowedRegions === null || allowedRegions.includes(region.code),
  );
  const defaults = {
    name: {},
    type: "public_association" as const,
    level: "city" as const,
    bin: null,
    // A coordinator of one region has only one choice: it is made already.
    regionsServed: allowedRegions?.length === 1 ? [...allowedRegions] : [],
    email: null,
    phone: null,
  };
  const form = useContractForm(ZOrganizationCreate, { defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const close = () => {
    form.reset(defaults);
    setFailure(null);
    onClose();
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const organization = await create.mutateAsync(values);
      form.reset(defaults);
      onCreated(organization);
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) setFailure(apiErrorMessage(error, t));
    }
  });
  return (
    <FormDialog
      open={open}
      title={t("app.memoranda.partner.new_title")}
      submitLabel={t("app.memoranda.partner.create")}
      onSubmit={onSubmit}
      onClose={close}
      busy={isSubmitting}
      error={failure}
    >
      <p className="muted">{t("app.memoranda.partner.new_intro")}</p>
      <Controller
        control={form.control}
        name="name"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.memoranda.partner.name")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            required
          />
        )}
      />
      <FormField label={t("app.memoranda.partner.type")} error={errors.type?.message} required>
        {(control) => (
          <select {...control} {...form.register("type")}>
            {ORGANIZATION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`site.organization.type.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("app.memoranda.partner.level")} error={errors.level?.message} required>
        {(control) => (
          <select {...control} {...form.register("level")}>
            {ORGANIZATION_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`app.memoranda.partner.level.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Controller
        control={form.control}
        name="regionsServed"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t("app.memoranda.partner.regions")}
            description={allowedRegions ? t("app.memoranda.partner.regions_own") : undefined}
            required={allowedRegions !== null}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            columns
            options={choices.map((region) => ({ value: region.code, label: format.text(region.name) }))}
          />
        )}
      />
      <FormField
        label={t("app.memoranda.partner.bin")}
        description={t("app.memoranda.partner.bin_hint")}
        error={errors.bin?.message}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            {...form.register("bin", { setValueAs: nullIfEmpty })}
          />
        )}
      </FormField>
      <FormField label={t("app.memoranda.partner.email")} error={errors.email?.message}>
        {(control) => (
          <input {...control} type="email" {...form.register("email", { setValueAs: nullIfEmpty })} />
        )}
      </FormField>
    </FormDialog>
  );
}
