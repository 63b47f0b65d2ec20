import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TUser, ZUserCreate } from "../../../../shared/contracts/users.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { userQueryOptions, useUpdateUser } from "../api/users.api.ts";
import { scopeOf, UserScopeFields } from "./user-scope-fields.tsx";

const FIELDS = ["name", "role", "regionCodes", "organizationId", "locale"] as const;

function EditUserForm({ user, isSelf }: { user: TUser; isSelf: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  // The same contract the server checks the new scope with (users.service.ts: updateUser).
  const form = useContractForm(ZUserCreate, {
    defaultValues: {
      email: user.email,
      name: user.name,
      role: user.role,
      regionCodes: user.regionCodes,
      organizationId: user.organizationId,
      locale: user.locale,
    },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const fail = (error: unknown) =>
    toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync({
        name: values.name,
        locale: values.locale,
        ...scopeOf(values),
      });
      form.reset({ ...values, ...scopeOf(saved) });
      toast.show(t("app.users.saved"));
    } catch (error) {
      if (!applyApiErrors(error, form.setError, FIELDS)) fail(error);
    }
  });

  const toggleActive = async () => {
    try {
      await update.mutateAsync({ active: !user.active });
      toast.show(t(user.active ? "app.users.deactivated" : "app.users.reactivated", { name: user.name }));
    } catch (error) {
      fail(error);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t("app.users.field.email")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t("app.users.column.status")}</dt>
          <dd>{t(user.active ? "app.users.status.active" : "app.users.status.inactive")}</dd>
        </div>
        <div>
          <dt>{t("app.users.column.created")}</dt>
          <dd>{format.date(user.createdAt)}</dd>
        </div>
      </dl>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form">
          <FormField label={t("app.users.field.name")} error={errors.name?.message} required>
            {(control) => <input {...control} type="text" {...form.register("name")} />}
          </FormField>
          <UserScopeFields />
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={isSubmitting}
              aria-busy={isSubmitting || undefined}
            >
              {t("app.action.save")}
            </button>
          </div>
        </form>
      </FormProvider>
      <section className="danger-zone" aria-labelledby="access-title">
        <h2 id="access-title">{t("app.users.access.title")}</h2>
        <p>{t(user.active ? "app.users.access.deactivate_hint" : "app.users.access.reactivate_hint")}</p>
        <button
          type="button"
          className={user.active ? "button button--danger" : "button button--secondary"}
          onClick={() => setConfirming(true)}
          disabled={isSelf}
        >
          {t(user.active ? "app.users.access.deactivate" : "app.users.access.reactivate")}
        </button>
        {isSelf ? <p className="muted">{t("app.users.access.not_self")}</p> : null}
      </section>
      <ConfirmDialog
        open={confirming}
        title={t(
          user.active ? "app.users.access.deactivate_confirm" : "app.users.access.reactivate_confirm",
          {
            name: user.name,
          },
        )}
        confirmLabel={t(user.active ? "app.users.access.deactivate" : "app.users.access.reactivate")}
        tone={user.active ? "danger" : "default"}
        busy={update.isPending}
        onConfirm={toggleActive}
        onCancel={() => setConfirming(false)}
      >
        <p>{t(user.active ? "app.users.access.deactivate_hint" : "app.users.access.reactivate_hint")}</p>
      </ConfirmDialog>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}

export function EditUserScreen({ id, currentUserId }: { id: string; currentUserId: string }) {
  const { t } = useTranslation();
  const user = useQuery(userQueryOptions(id));
  useDocumentTitle(user.data?.name ?? t("app.users.edit.title"));
  return (
    <section className="narrow" aria-labelledby="user-title">
      <p className="breadcrumb">
        <Link to="/users">{t("app.nav.users")}</Link>
      </p>
      <h1 id="user-title">{user.data?.name ?? t("app.users.edit.title")}</h1>
      {user.isPending ? (
        <LoadingState />
      ) : user.isError ? (
        <ErrorState error={user.error} onRetry={() => user.refetch()} />
      ) : (
        <EditUserForm key={user.data.id} user={user.data} isSelf={user.data.id === currentUserId} />
      )}
    </section>
  );
}
