import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type TInitiativeCreate, ZInitiativeCreate } from "../../../../shared/contracts/initiatives.ts";
import { INITIATIVE_TYPES } from "../../../../shared/vocabulary.ts";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
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
import { InitiativePartnersField } from "./initiative-partners-field.tsx";
import { MemorandumPicker } from "./memorandum-picker.tsx";

export type InitiativeValues = z.output<typeof ZInitiativeCreate>;

const FIELDS = [
  "type",
  "title",
  "description",
  "outcome",
  "startDate",
  "endDate",
  "regionCode",
  "reach",
  "memorandumIds",
  "organizationIds",
] as const;

const REACH = ["children", "parents", "specialists"] as const;

/** A blank initiative for `me`: a coordinator's only region, a partner's own organization taking part. */
export function blankInitiative(me: TMe): TInitiativeCreate {
  const regions = me.user.role === "coordinator" ? me.user.regionCodes : [];
  return {
    type: "event",
    title: {},
    description: null,
    outcome: null,
    startDate: "",
    endDate: null,
    regionCode: regions.length === 1 ? (regions[0] ?? "") : "",
    reach: { children: 0, parents: 0, specialists: 0 },
    memorandumIds: [],
    organizationIds: me.user.role === "partner" && me.user.organizationId ? [me.user.organizationId] : [],
  };
}

const numberOrEmpty = (value: unknown) => (value === "" || value === null ? undefined : Number(value));
const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

/** A list's own message (`too few`), else the first of its items' (`memorandumIds.0` from the API). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === "string") return own;
  const items = Object.values(error as Record<string, { message?: string } | undefined>);
  return items.find((item) => typeof item?.message === "string")?.message;
}

export interface InitiativeFormProps {
  me: TMe;
  defaultValues: TInitiativeCreate;
  submitLabel: string;
  /** Saves the checked values; a rejection with the API's field errors shows them on the fields. */
  onSave: (values: InitiativeValues) => Promise<void>;
  cancelTo: "/initiatives";
}

export function InitiativeForm({ me, defaultValues, submitLabel, onSave, cancelTo }: InitiativeFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const regions = useQuery(regionsQueryOptions());
  const form = useContractForm(ZInitiativeCreate, { defaultValues });
  const { errors, isDirty, isSubmitting } = form.formState;
  // A coordinator writes initiatives of its own regions only; offering others would end in a refusal.
  const regionChoices = (regions.data ?? []).filter(
    (region) => me.user.role !== "coordinator" || me.user.regionCodes.includes(region.code),
  );
  const memorandumIds = form.watch("memorandumIds") ?? [];

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

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form">
        <Controller
          control={form.control}
          name="title"
          render={({ field, fieldState }) => (
            <LocalizedTextField
              label={t("app.initiatives.field.title")}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error as LocalizedFieldError}
              maxLength={300}
              required
            />
          )}
        />
        <FormField label={t("app.initiatives.field.type")} error={errors.type?.message} required>
          {(control) => (
            <select {...control} {...form.register("type")}>
              {INITIATIVE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`app.initiatives.type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="initiative-form__row">
          <FormField label={t("app.initiatives.field.start_date")} error={errors.startDate?.message} required>
            {(control) => <input {...control} type="date" {...form.register("startDate")} />}
          </FormField>
          <FormField
            label={t("app.initiatives.field.end_date")}
            description={t("app.initiatives.field.end_date_hint")}
            error={errors.endDate?.message}
          >
            {(control) => (
              <input {...control} type="date" {...form.register("endDate", { setValueAs: nullIfEmpty })} />
            )}
          </FormField>
        </div>
        <FormField label={t("app.initiatives.field.region")} error={errors.regionCode?.message} required>
          {(control) =>
            // Registered once the regions are there, so the stored value finds its option.
            regions.data ? (
              <select {...control} {...form.register("regionCode")}>
                <option value="">{t("app.initiatives.field.region_choose")}</option>
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
        <FieldsetField
          legend={t("app.initiatives.field.reach")}
          description={t("app.initiatives.field.reach_hint")}
          error={errors.reach?.message}
        >
          <div className="initiative-form__row">
            {REACH.map((key) => (
              <FormField
                key={key}
                label={t(`app.initiatives.reach.${key}`)}
                error={errors.reach?.[key]?.message}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    {...form.register(`reach.${key}`, { setValueAs: numberOrEmpty })}
                  />
                )}
              </FormField>
            ))}
          </div>
        </FieldsetField>
        <Controller
          control={form.control}
          name="memorandumIds"
          render={({ field, fieldState }) => (
            <MemorandumPicker
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={firstMessage(fieldState.error)}
              organizationId={me.user.role === "partner" ? me.user.organizationId : null}
            />
          )}
        />
        <Controller
          control={form.control}
          name="organizationIds"
          render={({ field, fieldState }) => (
            <InitiativePartnersField
              memorandumIds={memorandumIds}
              value={field.value ?? []}
              onChange={field.onChange}
              error={fieldState.error?.message}
              ownOrganizationId={me.user.role === "partner" ? me.user.organizationId : null}
            />
          )}
        />
        {(["description", "outcome"] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <LocalizedTextField
                label={t(`app.initiatives.field.${name}`)}
                value={field.value}
                onChange={(value) => field.onChange(Object.keys(value).length > 0 ? value : null)}
                onBlur={field.onBlur}
                error={fieldState.error as LocalizedFieldError}
                maxLength={5000}
                multiline
              />
            )}
          />
        ))}
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {submitLabel}
          </button>
          <Link to={cancelTo} className="button button--secondary">
            {t("app.action.cancel")}
          </Link>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}
