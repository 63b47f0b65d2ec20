import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { defaultNewsState, type NewsSearch, newsListQuery, newsListQueryOptions } from "../api/news.api.ts";
import { NewsFilters } from "./news-filters.tsx";
import { NewsStateTag } from "./news-state-tag.tsx";

export function NewsScreen({ search, canWrite }: { search: NewsSearch; canWrite: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.news"));
  const format = useFormat();
  const state = search.state ?? defaultNewsState(canWrite);
  const news = useQuery(newsListQueryOptions(newsListQuery(search, defaultNewsState(canWrite))));
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string | null) =>
    code
      ? format.text(regions.data?.find((region) => region.code === code)?.name) || code
      : t("app.news.region.national");
  const columns: Array<Column<TNews>> = [
    {
      key: "title",
      header: t("app.news.field.title"),
      rowHeader: true,
      cell: (post) => (
        <Link to="/news/$id" params={{ id: post.id }}>
          {format.text(post.title)}
        </Link>
      ),
    },
    { key: "state", header: t("app.news.column.state"), cell: (post) => <NewsStateTag post={post} /> },
    { key: "region", header: t("app.news.field.region"), cell: (post) => regionName(post.regionCode) },
    {
      key: "about",
      header: t("app.news.column.about"),
      cell: (post) =>
        post.links.some((link) => link.kind === "memorandum")
          ? t("app.news.about.memorandum")
          : post.links.length > 0
            ? t(`app.news.link.kind.${post.links[0]?.kind}`)
            : "—",
    },
    {
      key: "date",
      header: t("app.news.column.date"),
      cell: (post) =>
        post.published && post.publishedAt
          ? t("app.news.date.published", { date: format.date(post.publishedAt) })
          : t("app.news.date.updated", { date: format.date(post.updatedAt) }),
    },
  ];
  const filtered = search.linkedKind && search.linkedId;
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.news")}</h1>
        {canWrite ? (
          <Link to="/news/new" className="button">
            {t("app.news.new.title")}
          </Link>
        ) : null}
      </div>
      {state === "draft" ? <p className="lead">{t("app.news.drafts_hint")}</p> : null}
      {filtered ? (
        <p>
          {t("app.news.linked_only")}{" "}
          <Link to="/news" search={{ state: search.state }}>
            {t("app.news.linked_clear")}
          </Link>
        </p>
      ) : null}
      <NewsFilters search={search} state={state} />
      {news.isPending ? (
        <LoadingState />
      ) : news.isError ? (
        <ErrorState error={news.error} onRetry={() => news.refetch()} />
      ) : (
        <DataTable
          caption={t(`app.news.caption.${state}`)}
          columns={columns}
          rows={news.data.items}
          rowKey={(post) => post.id}
          page={news.data.page}
          perPage={news.data.perPage}
          total={news.data.total}
          empty={<EmptyState title={t(state === "draft" ? "app.news.empty_drafts" : "app.news.empty")} />}
        />
      )}
    </>
  );
}
