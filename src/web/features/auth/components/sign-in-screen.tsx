import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZSignIn } from "../../../../shared/contracts/auth.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useContractForm } from "../../../lib/use-contract-form.ts";
import { meQueryOptions, signIn } from "../api/session.api.ts";

/** Only a path of this app: never another origin (`//evil.example`) after signing in. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith("/") && !target.startsWith("//") ? target : "/";
}

export function SignInScreen({ redirectTo }: { redirectTo?: string | undefined }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.sign_in.title"));
  const queryClient = useQueryClient();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useContractForm(ZSignIn, { defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn(values);
    } catch (error) {
      const network = error instanceof ApiError && error.code === "network";
      setFailure(t(network ? "app.error.network" : "app.sign_in.failed"));
      return;
    }
    queryClient.clear(); // nothing cached for a previous user may show
    await queryClient.fetchQuery(meQueryOptions());
    await router.navigate({ href: safeRedirect(redirectTo) });
  });

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("app.sign_in.title")}</h1>
      <p>{t("app.sign_in.intro")}</p>
      {failure ? (
        <p className="form-alert" role="alert">
          {failure}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("app.sign_in.email")} error={errors.email?.message} required>
          {(control) => (
            <input {...control} type="email" autoComplete="username" {...form.register("email")} />
          )}
        </FormField>
        <FormField label={t("app.sign_in.password")} error={errors.password?.message} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              {...form.register("password")}
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
            {t("app.sign_in.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
