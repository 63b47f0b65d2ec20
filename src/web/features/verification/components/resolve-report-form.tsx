import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_NOTE_MAX, type TReport, ZReportResolve } from "../../../../shared/contracts/reports.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useResolveReport } from "../api/verification.api.ts";

/**
 * A note on what was done, then a confirmation: a resolved report leaves the open queue for good.
 * `name` is the listing's name as the card shows it.
 */
export function ResolveReportForm({
  report,
  name,
  onDone,
}: {
  report: TReport;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const resolve = useResolveReport(report.id);
  const form = useContractForm(ZReportResolve, { defaultValues: { note: "" } });
  const { errors, isDirty } = form.formState;
  const [note, setNote] = useState<string | null>(null);
  // The person just asked for this form: typing starts in the note.
  useEffect(() => form.setFocus("note"), [form.setFocus]);

  const onSubmit = form.handleSubmit((values) => setNote(values.note));
  const onConfirm = async () => {
    if (note === null) return;
    try {
      await resolve.mutateAsync({ note });
      form.reset({ note: "" });
      toast.show(t("app.verification.reports.resolved_toast", { name }));
      onDone();
    } catch (error) {
      if (!applyApiErrors(error, form.setError, ["note"])) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    } finally {
      setNote(null);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form resolve-form">
      <FormField
        label={t("app.verification.reports.note")}
        description={t("app.verification.reports.note_hint")}
        error={errors.note?.message}
        required
      >
        {(control) => (
          <textarea {...control} rows={3} maxLength={REPORT_NOTE_MAX} {...form.register("note")} />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button">
          {t("app.verification.reports.resolve")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("app.action.cancel")}
        </button>
      </div>
      <ConfirmDialog
        open={note !== null}
        title={t("app.verification.reports.resolve_confirm", { name })}
        confirmLabel={t("app.verification.reports.resolve")}
        busy={resolve.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setNote(null)}
      >
        <p>{t("app.verification.reports.resolve_confirm_hint")}</p>
        <blockquote className="quote">{note}</blockquote>
      </ConfirmDialog>
      <UnsavedChangesGuard when={isDirty && note === null && !resolve.isPending} />
    </form>
  );
}
