import { useNavigate } from "@tanstack/react-router";
import { useId, useState } from "react";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  type TMemorandum,
  ZMemorandumAmendmentCreate,
  ZMemorandumRenewalCreate,
  ZMemorandumTermination,
} from "../../../../shared/contracts/memoranda.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useAmendMemorandum, useRenewMemorandum, useTerminateMemorandum } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { FormDialog } from "./form-dialog.tsx";

const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

/** A new draft linked to this memorandum: an amendment (a title) or a renewal (a new term). */
function SuccessorDialog({
  memorandum,
  kind,
  onClose,
}: {
  memorandum: TMemorandum;
  kind: "amend" | "renew";
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const amend = useAmendMemorandum(memorandum.id);
  const renew = useRenewMemorandum(memorandum.id);
  const [failure, setFailure] = useState<string | null>(null);
  const amendForm = useContractForm(ZMemorandumAmendmentCreate, {
    defaultValues: { title: { ...memorandum.title } },
  });
  const renewForm = useContractForm(ZMemorandumRenewalCreate, {
    defaultValues: { startDate: memorandum.endDate ?? "", endDate: null },
  });
  const created = async (id: string) => {
    toast.show(t(kind === "amend" ? "app.memoranda.amend.done" : "app.memoranda.renew.done"));
    onClose();
    await navigate({ to: "/memoranda/$id", params: { id } });
  };
  const fail = (error: unknown, applied: boolean) => {
    if (!applied) setFailure(apiErrorMessage(error, t));
  };
  const onAmend = amendForm.handleSubmit(async (values) => {
    try {
      await created((await amend.mutateAsync(values)).id);
    } catch (error) {
      fail(error, applyApiErrors(error, amendForm.setError, ["title"]));
    }
  });
  const onRenew = renewForm.handleSubmit(async (values) => {
    try {
      await created((await renew.mutateAsync(values)).id);
    } catch (error) {
      fail(error, applyApiErrors(error, renewForm.setError, ["startDate", "endDate"]));
    }
  });
  if (kind === "amend") {
    return (
      <FormDialog
        open
        title={t("app.memoranda.amend.title")}
        submitLabel={t("app.memoranda.amend.submit")}
        onSubmit={onAmend}
        onClose={onClose}
        busy={amendForm.formState.isSubmitting}
        error={failure}
      >
        <p className="muted">{t("app.memoranda.amend.intro")}</p>
        <Controller
          control={amendForm.control}
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
      </FormDialog>
    );
  }
  const errors = renewForm.formState.errors;
  return (
    <FormDialog
      open
      title={t("app.memoranda.renew.title")}
      submitLabel={t("app.memoranda.renew.submit")}
      onSubmit={onRenew}
      onClose={onClose}
      busy={renewForm.formState.isSubmitting}
      error={failure}
    >
      <p className="muted">{t("app.memoranda.renew.intro")}</p>
      <FormField label={t("app.memoranda.field.start_date")} error={errors.startDate?.message} required>
        {(control) => <input {...control} type="date" {...renewForm.register("startDate")} />}
      </FormField>
      <FormField
        label={t("app.memoranda.field.end_date")}
        description={t("app.memoranda.renew.end_hint")}
        error={errors.endDate?.message}
      >
        {(control) => (
          <input {...control} type="date" {...renewForm.register("endDate", { setValueAs: nullIfEmpty })} />
        )}
      </FormField>
    </FormDialog>
  );
}

/** Ending a memorandum early is destructive: a confirmation with the reason that goes on record. */
function TerminateDialog({ memorandum, onClose }: { memorandum: TMemorandum; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const terminate = useTerminateMemorandum(memorandum.id);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const onConfirm = async () => {
    const parsed = ZMemorandumTermination.safeParse({ reason, version: memorandum.version });
    if (!parsed.success) {
      setError(t("validation.required"));
      return;
    }
    try {
      await terminate.mutateAsync(parsed.data);
      toast.show(t("app.memoranda.terminate.done"));
      onClose();
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  };
  return (
    <ConfirmDialog
      open
      title={t("app.memoranda.terminate.confirm")}
      confirmLabel={t("app.memoranda.terminate.action")}
      tone="danger"
      busy={terminate.isPending}
      onConfirm={onConfirm}
      onCancel={onClose}
    >
      <p>{t("app.memoranda.terminate.hint")}</p>
      <div className={error ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t("app.memoranda.terminate.reason")}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    </ConfirmDialog>
  );
}

/** For a memorandum in force: amend it, renew it for a new term, or end it early. */
export function LifecycleActions({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"amend" | "renew" | "terminate" | null>(null);
  const { permissions } = memorandum;
  if (!permissions.amend && !permissions.renew && !permissions.terminate) return null;
  return (
    <div className="memo-actions">
      {permissions.amend ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen("amend")}>
          {t("app.memoranda.amend.action")}
        </button>
      ) : null}
      {permissions.renew ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen("renew")}>
          {t("app.memoranda.renew.action")}
        </button>
      ) : null}
      {permissions.terminate ? (
        <button type="button" className="button button--danger" onClick={() => setOpen("terminate")}>
          {t("app.memoranda.terminate.action")}
        </button>
      ) : null}
      {open === "amend" || open === "renew" ? (
        <SuccessorDialog memorandum={memorandum} kind={open} onClose={() => setOpen(null)} />
      ) : null}
      {open === "terminate" ? (
        <TerminateDialog memorandum={memorandum} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
