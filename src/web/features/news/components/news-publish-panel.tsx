import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import { LOCALES, type Locale } from "../../../../shared/vocabulary.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { usePublishNews } from "../api/news.api.ts";

/** Languages in which readers would not find the title or the text. */
export function untranslated(post: Pick<TNews, "title" | "body">): Locale[] {
  const filled = (text: TLocalizedText, locale: Locale) => (text[locale] ?? "").trim() !== "";
  return LOCALES.filter((locale) => !filled(post.title, locale) || !filled(post.body, locale));
}

/** Publishing puts the saved post on the public news page; withdrawing it asks first. */
export function NewsPublishPanel({ post, dirty }: { post: TNews; dirty: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const publish = usePublishNews(post.id);
  const [confirming, setConfirming] = useState(false);
  const missing = untranslated(post);

  const run = async (next: boolean) => {
    try {
      await publish.mutateAsync({ publish: next, version: post.version });
      toast.show(t(next ? "app.news.published" : "app.news.unpublished"));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section className="news-panel" aria-labelledby="news-publishing">
      <h2 id="news-publishing">{t("app.news.publishing.title")}</h2>
      {post.published ? (
        <p>
          {t("app.news.publishing.is_published", { date: format.date(post.publishedAt) })}{" "}
          <a href={`/news/${post.slug}?lang=${format.locale}`}>{t("app.news.publishing.view_public")}</a>
        </p>
      ) : (
        <p>{t("app.news.publishing.is_draft")}</p>
      )}
      {!post.published && missing.length > 0 ? (
        <p className="warning">
          {t("app.news.publishing.untranslated", {
            languages: format.list(missing.map((locale) => t(`app.language.${locale}`))),
          })}
        </p>
      ) : null}
      {post.permissions.publish ? (
        <>
          {dirty ? <p className="muted">{t("app.news.publishing.save_first")}</p> : null}
          <div className="form__actions">
            {post.published ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={dirty || publish.isPending}
                onClick={() => setConfirming(true)}
              >
                {t("app.news.publishing.unpublish")}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                disabled={dirty || publish.isPending}
                aria-busy={publish.isPending || undefined}
                onClick={() => void run(true)}
              >
                {t("app.news.publishing.publish")}
              </button>
            )}
          </div>
        </>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t("app.news.publishing.unpublish_confirm")}
        confirmLabel={t("app.news.publishing.unpublish")}
        tone="danger"
        busy={publish.isPending}
        onConfirm={() => void run(false)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.news.publishing.unpublish_hint")}</p>
      </ConfirmDialog>
    </section>
  );
}
