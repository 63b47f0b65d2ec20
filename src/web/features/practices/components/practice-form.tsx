import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Controller, FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type TPracticeCreate, ZPracticeCreate } from "../../../../shared/contracts/practices.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { PracticeAuthorFields } from "./practice-author-fields.tsx";
import { TagsField } from "./tags-field.tsx";

export type PracticeFormValues = TPracticeCreate;
export type PracticeValues = z.output<typeof ZPracticeCreate>;

const FIELDS = [
  "title",
  "summary",
  "body",
  "tags",
  "organizationId",
  "branchId",
  "regionCode",
  "published",
] as const;

/** A blank practice for `me`: a coordinator's only region, a partner's own organization as the author. */
export function blankPractice(me: TMe): TPracticeCreate {
  const regions = me.user.role === "coordinator" ? me.user.regionCodes : [];
  return {
    title: {},
    summary: null,
    body: {},
    tags: [],
    organizationId: me.user.role === "partner" ? me.user.organizationId : null,
    branchId: null,
    regionCode: regions.length === 1 ? (regions[0] ?? "") : "",
    published: false,
  };
}

/** A list's own message, else the first of its items' (`tags.2` too long). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === "string") return own;
  const items = Object.values(error as Record<string, { message?: string } | undefined>);
  return items.find((item) => typeof item?.message === "string")?.message;
}

export interface PracticeFormProps {
  me: TMe;
  defaultValues: TPracticeCreate;
  submitLabel: string;
  onSave: (values: PracticeValues) => Promise<void>;
}

export function PracticeForm({ me, defaultValues, submitLabel, onSave }: PracticeFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const regions = useQuery(regionsQueryOptions());
  const form = useContractForm(ZPracticeCreate, { defaultValues });
  const { errors, isDirty, isSubmitting } = form.formState;
  // A coordinator writes practices from its own regions only.
  const regionChoices = (regions.data ?? []).filter(
    (region) => me.user.role !== "coordinator" || me.user.regionCodes.includes(region.code),
  );
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await onSave(values);
      form.reset(values);
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });
  const localized = (
    name: "title" | "summary" | "body",
    max: number,
    required: boolean,
    multiline: boolean,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <LocalizedTextField
          label={t(`app.practices.field.${name}`)}
          value={field.value}
          onChange={(value) => field.onChange(required || Object.keys(value).length > 0 ? value : null)}
          onBlur={field.onBlur}
          error={fieldState.error as LocalizedFieldError}
          maxLength={max}
          required={required}
          multiline={multiline}
        />
      )}
    />
  );
  return (
    <>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form">
          {localized("title", 300, true, false)}
          {localized("summary", 1000, false, true)}
          {localized("body", 20_000, true, true)}
          <Controller
            control={form.control}
            name="tags"
            render={({ field, fieldState }) => (
              <TagsField
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={firstMessage(fieldState.error)}
              />
            )}
          />
          <FormField label={t("app.practices.field.region")} error={errors.regionCode?.message} required>
            {(control) =>
              // Registered once the regions are there, so the stored value finds its option.
              regions.data ? (
                <select {...control} {...form.register("regionCode")}>
                  <option value="">{t("app.practices.field.region_choose")}</option>
                  {regionChoices.map((region) => (
                    <option key={region.code} value={region.code}>
                      {format.text(region.name)}
                    </option>
                  ))}
                </select>
              ) : (
                <select {...control} disabled>
                  <option>{t("app.loading")}</option>
                </select>
              )
            }
          </FormField>
          <PracticeAuthorFields me={me} />
          <label className="choice">
            <input type="checkbox" {...form.register("published")} />
            <span>
              <strong>{t("app.practices.field.published")}</strong>
              <span className="choice__hint">{t("app.practices.field.published_hint")}</span>
            </span>
          </label>
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={isSubmitting}
              aria-busy={isSubmitting || undefined}
            >
              {submitLabel}
            </button>
            <Link to="/practices" className="button button--secondary">
              {t("app.action.cancel")}
            </Link>
          </div>
        </form>
      </FormProvider>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}
