import { Link, useNavigate } from "@tanstack/react-router";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useCreateNews } from "../api/news.api.ts";
import {
  NEWS_FORM_FIELDS,
  NewsFormFields,
  newsFormValues,
  newsPayload,
  type RegionChoice,
  ZNewsForm,
} from "./news-form.tsx";

/** A new post starts as a draft; photos and publishing follow on its own screen. */
export function NewNewsScreen({ regions }: { regions: RegionChoice }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.news.new.title"));
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateNews();
  const form = useContractForm(ZNewsForm, { defaultValues: newsFormValues(null, regions) });
  const { isDirty, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(newsPayload(values));
      form.reset(values);
      toast.show(t("app.news.created"));
      await navigate({ to: "/news/$id", params: { id: created.id }, ignoreBlocker: true });
    } catch (error) {
      if (!applyApiErrors(error, form.setError, NEWS_FORM_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });
  return (
    <section aria-labelledby="news-new-title" className="news-edit">
      <p className="breadcrumb">
        <Link to="/news">{t("app.nav.news")}</Link>
      </p>
      <h1 id="news-new-title">{t("app.news.new.title")}</h1>
      <p>{t("app.news.new.intro")}</p>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form news-form" aria-labelledby="news-new-title">
          <NewsFormFields regions={regions} />
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={isSubmitting}
              aria-busy={isSubmitting || undefined}
            >
              {t("app.news.new.submit")}
            </button>
            <Link to="/news" className="button button--secondary">
              {t("app.action.cancel")}
            </Link>
          </div>
        </form>
      </FormProvider>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </section>
  );
}
