import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PASSWORD_MIN_LENGTH, ZPasswordChange } from "../../../../shared/contracts/auth.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useContractForm } from "../../../lib/use-contract-form.ts";
import { changePassword } from "../api/session.api.ts";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t("app.password.title"));
  const toast = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useContractForm(ZPasswordChange, { defaultValues: EMPTY });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await changePassword(values);
    } catch (error) {
      // better-auth answers a wrong current password with 400 INVALID_PASSWORD
      if (error instanceof ApiError && error.sourceCode === "INVALID_PASSWORD") {
        form.setError(
          "currentPassword",
          { type: "server", message: t("app.password.wrong_current") },
          { shouldFocus: true },
        );
      } else {
        setFailure(
          error instanceof ApiError && error.code !== "network" ? error.message : t("app.error.network"),
        );
      }
      return;
    }
    form.reset(EMPTY);
    toast.show(t("app.password.changed"));
  });

  return (
    <section className="narrow" aria-labelledby="password-title">
      <h1 id="password-title">{t("app.password.title")}</h1>
      {failure ? (
        <p className="form-alert" role="alert">
          {failure}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("app.password.current")} error={errors.currentPassword?.message} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              {...form.register("currentPassword")}
            />
          )}
        </FormField>
        <FormField
          label={t("app.password.new")}
          description={t("app.password.rules", { min: PASSWORD_MIN_LENGTH })}
          error={errors.newPassword?.message}
          required
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              {...form.register("newPassword")}
            />
          )}
        </FormField>
        <FormField label={t("app.password.confirm")} error={errors.confirmPassword?.message} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              {...form.register("confirmPassword")}
            />
          )}
        </FormField>
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {t("app.password.submit")}
          </button>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </section>
  );
}
