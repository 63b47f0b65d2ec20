import { useState } from "react";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TMemorandum, ZMemorandumTransition } from "../../../../shared/contracts/memoranda.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { useContractForm } from "../../../lib/use-contract-form.ts";
import { useTransitionMemorandum } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { FormDialog } from "./form-dialog.tsx";

const undefinedIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/** The API names a missing signatory by party (`parties.2.signatoryName`); the form by signatory. */
function formPathOf(apiPath: string): string | null {
  if (apiPath === "signedDate" || apiPath === "signedPlace") return apiPath;
  const party = /^parties\.(\d+)\.signatoryName$/.exec(apiPath);
  if (party) return `signatories.${party[1]}.signatoryName`;
  return /^signatories\.\d+\./.test(apiPath) ? apiPath : null;
}

export interface SignDialogProps {
  memorandum: TMemorandum;
  open: boolean;
  onClose: () => void;
  onSigned: () => void;
}

/** Signing records the date, the place and who signed for every party, all at once. */
export function SignDialog({ memorandum, open, onClose, onSigned }: SignDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const transition = useTransitionMemorandum(memorandum.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useContractForm(ZMemorandumTransition, {
    defaultValues: {
      to: "signed",
      version: memorandum.version,
      signedDate: memorandum.signedDate ?? undefined,
      signedPlace: memorandum.signedPlace ?? undefined,
      signatories: memorandum.parties.map((party) => ({
        partyId: party.id,
        signatoryName: party.signatoryName ?? "",
        signatoryPosition: party.signatoryPosition ?? undefined,
      })),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const close = () => {
    setFailure(null);
    onClose();
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const missing = !values.signedDate || !values.signedPlace;
    if (missing) {
      if (!values.signedDate) form.setError("signedDate", { message: t("validation.required") });
      if (!values.signedPlace) form.setError("signedPlace", { message: t("validation.required") });
      return;
    }
    try {
      await transition.mutateAsync({ ...values, version: memorandum.version });
      onSigned();
    } catch (error) {
      let applied = false;
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const path = formPathOf(detail.path);
          if (!path) continue;
          form.setError(path as "signedDate", { type: "server", message: detail.message });
          applied = true;
        }
      }
      if (!applied) setFailure(apiErrorMessage(error, t));
    }
  });
  return (
    <FormDialog
      open={open}
      title={t("app.memoranda.sign.title")}
      submitLabel={t("app.memoranda.sign.submit")}
      onSubmit={onSubmit}
      onClose={close}
      busy={isSubmitting}
      error={failure}
      className="sign-dialog"
    >
      <p className="muted">{t("app.memoranda.sign.intro")}</p>
      <FormField label={t("app.memoranda.field.signed_date")} error={errors.signedDate?.message} required>
        {(control) => (
          <input
            {...control}
            type="date"
            {...form.register("signedDate", { setValueAs: undefinedIfEmpty })}
          />
        )}
      </FormField>
      <Controller
        control={form.control}
        name="signedPlace"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.memoranda.field.signed_place")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            required
          />
        )}
      />
      {memorandum.parties.map((party, index) => {
        const name = format.text(party.name);
        const partyErrors = errors.signatories?.[index];
        return (
          <fieldset key={party.id} className="fieldset field memo-signatory">
            <legend className="field__label">{name}</legend>
            <FormField
              label={t("app.memoranda.field.signatory_name")}
              error={partyErrors?.signatoryName?.message}
              required
            >
              {(control) => (
                <input {...control} type="text" {...form.register(`signatories.${index}.signatoryName`)} />
              )}
            </FormField>
            <FormField
              label={t("app.memoranda.field.signatory_position")}
              error={partyErrors?.signatoryPosition?.message}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  {...form.register(`signatories.${index}.signatoryPosition`, {
                    setValueAs: undefinedIfEmpty,
                  })}
                />
              )}
            </FormField>
          </fieldset>
        );
      })}
    </FormDialog>
  );
}
