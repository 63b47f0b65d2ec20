import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TUser, ZUserCreate } from "../../../../shared/contracts/users.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useInviteUser } from "../api/users.api.ts";
import { OneTimePassword } from "./one-time-password.tsx";
import { scopeOf, UserScopeFields } from "./user-scope-fields.tsx";

const FIELDS = ["email", "name", "role", "regionCodes", "organizationId", "locale"] as const;

export function InviteUserScreen() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("app.users.invite.title"));
  const toast = useToast();
  const invite = useInviteUser();
  const [created, setCreated] = useState<{ user: TUser; password: string } | null>(null);
  const form = useContractForm(ZUserCreate, {
    defaultValues: {
      email: "",
      name: "",
      role: "viewer",
      regionCodes: [],
      organizationId: null,
      locale: "kk",
    },
  });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await invite.mutateAsync({ ...values, ...scopeOf(values) });
      form.reset(values); // not dirty any more: leaving is safe
      setCreated(result);
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  if (created) {
    return (
      <OneTimePassword
        user={created.user}
        password={created.password}
        onAnother={() => {
          setCreated(null);
          form.reset();
        }}
      />
    );
  }

  return (
    <section aria-labelledby="invite-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/users">{t("app.nav.users")}</Link>
      </p>
      <h1 id="invite-title">{t("app.users.invite.title")}</h1>
      <p>{t("app.users.invite.intro")}</p>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form" lang={i18n.language}>
          <FormField label={t("app.users.field.email")} error={errors.email?.message} required>
            {(control) => <input {...control} type="email" autoComplete="off" {...form.register("email")} />}
          </FormField>
          <FormField label={t("app.users.field.name")} error={errors.name?.message} required>
            {(control) => <input {...control} type="text" autoComplete="off" {...form.register("name")} />}
          </FormField>
          <UserScopeFields />
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={isSubmitting}
              aria-busy={isSubmitting || undefined}
            >
              {t("app.users.invite.submit")}
            </button>
            <Link to="/users" className="button button--secondary">
              {t("app.action.cancel")}
            </Link>
          </div>
        </form>
      </FormProvider>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </section>
  );
}
