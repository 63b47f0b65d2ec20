import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { AttachmentsPanel } from "../../../components/ui/attachments-panel.tsx";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { newsQueryOptions, useDeleteNews, useUpdateNews } from "../api/news.api.ts";
import {
  NEWS_FORM_FIELDS,
  NewsFormFields,
  newsFormValues,
  newsPayload,
  type RegionChoice,
  ZNewsForm,
} from "./news-form.tsx";
import { NewsLinks } from "./news-links.tsx";
import { NewsPublishPanel } from "./news-publish-panel.tsx";
import { NewsReadOnly } from "./news-read-only.tsx";
import { NewsStateTag } from "./news-state-tag.tsx";

function NewsFacts({ post }: { post: TNews }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  const region = post.regionCode
    ? format.text(regions.data?.find((option) => option.code === post.regionCode)?.name) || post.regionCode
    : t("app.news.region.national");
  return (
    <dl className="facts">
      <div>
        <dt>{t("app.news.column.state")}</dt>
        <dd>
          <NewsStateTag post={post} />
        </dd>
      </div>
      <div>
        <dt>{t("app.news.field.region")}</dt>
        <dd>{region}</dd>
      </div>
      <div>
        <dt>{t("app.news.column.created")}</dt>
        <dd>{format.date(post.createdAt)}</dd>
      </div>
      <div>
        <dt>{t("app.news.column.updated")}</dt>
        <dd>{format.dateTime(post.updatedAt)}</dd>
      </div>
    </dl>
  );
}

function DeleteNews({ post }: { post: TNews }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteNews(post.id);
  const [confirming, setConfirming] = useState(false);
  const onConfirm = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.news.deleted"));
      await navigate({ to: "/news", ignoreBlocker: true });
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      setConfirming(false);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="news-delete">
      <h2 id="news-delete">{t("app.news.delete.title")}</h2>
      <p>{t("app.news.delete.hint")}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t("app.news.delete.action")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("app.news.delete.confirm")}
        confirmLabel={t("app.news.delete.action")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.news.delete.hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function EditNewsForm({ post, regions }: { post: TNews; regions: RegionChoice }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateNews(post.id);
  const form = useContractForm(ZNewsForm, { defaultValues: newsFormValues(post, regions) });
  const { isDirty, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync({ ...newsPayload(values), version: post.version });
      form.reset(newsFormValues(saved, regions));
      toast.show(t("app.news.saved"));
    } catch (error) {
      if (!applyApiErrors(error, form.setError, NEWS_FORM_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });
  return (
    <>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form news-form" aria-labelledby="news-title">
          <NewsFormFields regions={regions} />
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
      <NewsPublishPanel post={post} dirty={isDirty} />
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}

export function EditNewsScreen({ id, regions }: { id: string; regions: RegionChoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const post = useQuery(newsQueryOptions(id));
  const title = post.data ? format.text(post.data.title) : t("app.news.edit.title");
  useDocumentTitle(title);
  return (
    <section aria-labelledby="news-title" className="news-edit">
      <p className="breadcrumb">
        <Link to="/news">{t("app.nav.news")}</Link>
      </p>
      <h1 id="news-title">{title}</h1>
      {post.isPending ? (
        <LoadingState />
      ) : post.isError ? (
        <ErrorState error={post.error} onRetry={() => post.refetch()} />
      ) : (
        <>
          <NewsFacts post={post.data} />
          {post.data.permissions.update ? (
            // A new version read from the server starts the form again from what is stored.
            <EditNewsForm key={`${post.data.id}:${post.data.version}`} post={post.data} regions={regions} />
          ) : (
            <>
              <NewsReadOnly post={post.data} />
              <NewsPublishPanel post={post.data} dirty={false} />
            </>
          )}
          <AttachmentsPanel
            target="news"
            targetId={post.data.id}
            kind="photo"
            heading={t("app.news.photos.title")}
            accept="image/jpeg,image/png,image/webp"
            hint={t("app.news.photos.hint")}
            empty={t("app.news.photos.empty")}
          />
          <NewsLinks links={post.data.links} />
          {post.data.permissions.delete ? <DeleteNews post={post.data} /> : null}
        </>
      )}
    </section>
  );
}
