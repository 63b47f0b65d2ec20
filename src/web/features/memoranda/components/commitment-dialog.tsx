import { useState } from "react";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  type TCommitment,
  type TMemorandum,
  ZCommitmentCreate,
} from "../../../../shared/contracts/memoranda.ts";
import { COMMITMENT_STATUSES } from "../../../../shared/vocabulary.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useCreateCommitment, useUpdateCommitment } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { FormDialog } from "./form-dialog.tsx";

const FIELDS = ["partyId", "text", "dueDate", "status", "evidence"] as const;
const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

export interface CommitmentDialogProps {
  memorandum: TMemorandum;
  /** Null adds a new one. */
  commitment: TCommitment | null;
  /** The party a new commitment starts with. */
  partyId?: string;
  onClose: () => void;
}

/**
 * Adds or edits a commitment: whose it is, what, by when, how far it got and what proves it. A partner
 * reporting on its own commitment (progress rights only) sees only status and evidence.
 */
export function CommitmentDialog({ memorandum, commitment, partyId, onClose }: CommitmentDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const create = useCreateCommitment(memorandum.id);
  const update = useUpdateCommitment();
  const [failure, setFailure] = useState<string | null>(null);
  const progressOnly = commitment !== null && !commitment.permissions.update;
  const form = useContractForm(ZCommitmentCreate, {
    defaultValues: {
      partyId: commitment?.partyId ?? partyId ?? memorandum.parties[0]?.id ?? "",
      text: commitment?.text ?? {},
      dueDate: commitment?.dueDate ?? null,
      status: commitment?.status ?? "planned",
      evidence: commitment?.evidence ?? null,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (!commitment) await create.mutateAsync(values);
      else {
        const { status, evidence } = values;
        const patch = progressOnly ? { status, evidence } : values;
        await update.mutateAsync({ id: commitment.id, patch: { ...patch, version: commitment.version } });
      }
      toast.show(t(commitment ? "app.memoranda.commitments.saved" : "app.memoranda.commitments.added"));
      onClose();
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) setFailure(apiErrorMessage(error, t));
    }
  });
  return (
    <FormDialog
      open
      title={t(commitment ? "app.memoranda.commitments.edit_title" : "app.memoranda.commitments.add_title")}
      submitLabel={t(commitment ? "app.action.save" : "app.memoranda.commitments.add")}
      onSubmit={onSubmit}
      onClose={onClose}
      busy={isSubmitting}
      error={failure}
    >
      {progressOnly ? (
        <p className="muted">{format.text(commitment.text)}</p>
      ) : (
        <>
          <FormField label={t("app.memoranda.commitments.party")} error={errors.partyId?.message} required>
            {(control) => (
              <select {...control} {...form.register("partyId")}>
                {memorandum.parties.map((party) => (
                  <option key={party.id} value={party.id}>
                    {format.text(party.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <Controller
            control={form.control}
            name="text"
            render={({ field, fieldState }) => (
              <LocalizedTextField
                label={t("app.memoranda.commitments.text")}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error as LocalizedFieldError}
                multiline
                required
              />
            )}
          />
          <FormField label={t("app.memoranda.commitments.due_date")} error={errors.dueDate?.message}>
            {(control) => (
              <input {...control} type="date" {...form.register("dueDate", { setValueAs: nullIfEmpty })} />
            )}
          </FormField>
        </>
      )}
      <FormField label={t("app.memoranda.commitments.status")} error={errors.status?.message} required>
        {(control) => (
          <select {...control} {...form.register("status")}>
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`memoranda.commitment_status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t("app.memoranda.commitments.evidence")}
        description={t("app.memoranda.commitments.evidence_hint")}
        error={errors.evidence?.message}
      >
        {(control) => (
          <textarea {...control} rows={3} {...form.register("evidence", { setValueAs: nullIfEmpty })} />
        )}
      </FormField>
    </FormDialog>
  );
}
