import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useFormat } from "../../../lib/format.ts";
import { memorandumNewsQueryOptions, usePublishNews } from "../api/memorandum-extras.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";

function NewsItem({ post, memorandumId }: { post: TNews; memorandumId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const publish = usePublishNews(memorandumId);
  const onPublish = async () => {
    try {
      await publish.mutateAsync(post);
      toast.show(t("app.memoranda.news.published"));
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    }
  };
  return (
    <li className="news-draft">
      <p className="news-draft__title">{format.text(post.title)}</p>
      {post.summary ? <p className="news-draft__summary">{format.text(post.summary)}</p> : null}
      <p className="commitment__meta">
        <span className={post.published ? "tag" : "tag tag--muted"}>
          {t(post.published ? "app.memoranda.news.state_published" : "app.memoranda.news.state_draft")}
        </span>
        {post.publishedAt ? <span>{format.date(post.publishedAt)}</span> : null}
      </p>
      <div className="commitment__actions">
        {!post.published && post.permissions.publish ? (
          <button type="button" className="button" onClick={onPublish} disabled={publish.isPending}>
            {t("app.memoranda.news.publish")}
          </button>
        ) : null}
        {post.permissions.update ? (
          <Link to="/news/$id" params={{ id: post.id }} className="button button--secondary">
            {t("app.memoranda.news.edit")}
          </Link>
        ) : null}
        {post.published ? (
          <a href={`/news/${encodeURIComponent(post.slug)}`} className="button button--secondary">
            {t("app.memoranda.news.open_public")}
          </a>
        ) : null}
      </div>
    </li>
  );
}

/** Signing drafts a news post in three languages; here it is reviewed and published. */
export function DraftedNewsPanel({ memorandumId }: { memorandumId: string }) {
  const { t } = useTranslation();
  const news = useQuery(memorandumNewsQueryOptions(memorandumId));
  return (
    <section className="memo-section" aria-labelledby="memo-news">
      <h2 id="memo-news">{t("app.memoranda.news.title")}</h2>
      {news.isPending ? (
        <LoadingState />
      ) : news.isError ? (
        <ErrorState error={news.error} onRetry={() => news.refetch()} />
      ) : news.data.length === 0 ? (
        <p className="muted">{t("app.memoranda.news.none")}</p>
      ) : (
        <ul className="item-list">
          {news.data.map((post) => (
            <NewsItem key={post.id} post={post} memorandumId={memorandumId} />
          ))}
        </ul>
      )}
    </section>
  );
}
