import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { Controller, FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type TMemorandumCreate, ZMemorandumCreate } from "../../../../shared/contracts/memoranda.ts";
import { SCOPE_AREAS } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { branchChoicesQueryOptions } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { MemorandumPartiesFields, type PartyNames } from "./memorandum-parties-fields.tsx";

export type MemorandumFormValues = z.output<typeof ZMemorandumCreate>;

const FIELDS = ["number", "title", "description", "scopeAreas", "parties", "startDate", "endDate"] as const;
const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

export interface MemorandumFormProps {
  me: TMe;
  defaultValues: TMemorandumCreate;
  partyNames: PartyNames;
  submitLabel: string;
  /** Saves and returns the memorandum's id; throws the ApiError when the API refuses. */
  onSave: (values: MemorandumFormValues) => Promise<string>;
  /** After a save, once the unsaved-changes guard has let go: usually a move to the memorandum. */
  onSaved: (id: string) => void;
  cancel: ReactNode;
}

/** The content of a draft: number, title, description, scope, term and parties. */
export function MemorandumForm(props: MemorandumFormProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const coordinator = props.me.user.role === "coordinator";
  const ownRegions = coordinator ? props.me.user.regionCodes : [];
  const branches = useQuery(branchChoicesQueryOptions(ownRegions));
  const [names, setNames] = useState<PartyNames>(() => ({ ...props.partyNames }));
  const form = useContractForm(ZMemorandumCreate, { defaultValues: props.defaultValues });
  const { errors, isDirty, isSubmitting } = form.formState;
  const [savedId, setSavedId] = useState<string | null>(null);
  const { onSaved } = props;
  useEffect(() => {
    if (savedId) onSaved(savedId);
  }, [savedId, onSaved]);
  const branchNames = Object.fromEntries((branches.data ?? []).map((branch) => [branch.id, branch.name]));

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const description = Object.keys(values.description ?? {}).length ? values.description : null;
      setSavedId(await props.onSave({ ...values, description }));
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) toast.show(apiErrorMessage(error, t), "error");
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="form memo-form" lang={i18n.language}>
        <Controller
          control={form.control}
          name="title"
          render={({ field, fieldState }) => (
            <LocalizedTextField
              label={t("app.memoranda.field.title")}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error as LocalizedFieldError}
              required
            />
          )}
        />
        <FormField
          label={t("app.memoranda.field.number")}
          description={t("app.memoranda.field.number_hint")}
          error={errors.number?.message}
        >
          {(control) => (
            <input {...control} type="text" {...form.register("number", { setValueAs: nullIfEmpty })} />
          )}
        </FormField>
        <Controller
          control={form.control}
          name="description"
          render={({ field, fieldState }) => (
            <LocalizedTextField
              label={t("app.memoranda.field.description")}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error as LocalizedFieldError}
              multiline
            />
          )}
        />
        <Controller
          control={form.control}
          name="scopeAreas"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t("app.memoranda.field.scope")}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              columns
              options={SCOPE_AREAS.map((area) => ({ value: area, label: t(`app.memoranda.scope.${area}`) }))}
            />
          )}
        />
        <FieldsetField
          legend={t("app.memoranda.field.term")}
          description={t("app.memoranda.field.term_hint")}
        >
          <div className="memo-term">
            <FormField label={t("app.memoranda.field.start_date")} error={errors.startDate?.message}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  {...form.register("startDate", { setValueAs: nullIfEmpty })}
                />
              )}
            </FormField>
            <FormField label={t("app.memoranda.field.end_date")} error={errors.endDate?.message}>
              {(control) => (
                <input {...control} type="date" {...form.register("endDate", { setValueAs: nullIfEmpty })} />
              )}
            </FormField>
          </div>
        </FieldsetField>
        <MemorandumPartiesFields
          branchChoices={branches.data ?? []}
          names={{ ...branchNames, ...names }}
          onName={(id, name) => setNames((all) => ({ ...all, [id]: name }))}
          canCreatePartner={props.me.capabilities.createOrganization}
          partnerRegions={coordinator ? ownRegions : null}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {props.submitLabel}
          </button>
          {props.cancel}
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && savedId === null} />
    </FormProvider>
  );
}
