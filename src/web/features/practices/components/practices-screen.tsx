import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TPractice } from "../../../../shared/contracts/practices.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { type PracticeListSearch, practicesQueryOptions } from "../api/practices.api.ts";
import { PracticeFilters } from "./practice-filters.tsx";

/** Region names by code in the interface language (the code while the list loads). */
export function useRegionName() {
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  return (code: string) => format.text(regions.data?.find((region) => region.code === code)?.name) || code;
}

/** A practice's tags as links that filter the library by that tag. */
function TagLinks({ tags }: { tags: string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="practice-tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            to="/practices"
            search={((previous: Record<string, unknown>) => ({ ...previous, tag, page: undefined })) as never}
            className="tag"
            aria-label={t("app.practices.filter.by_tag", { tag })}
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function PracticesScreen({ search, canCreate }: { search: PracticeListSearch; canCreate: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.practices"));
  const format = useFormat();
  const regionName = useRegionName();
  const practices = useQuery(practicesQueryOptions(search));
  const columns: Array<Column<TPractice>> = [
    {
      key: "title",
      header: t("app.practices.field.title"),
      rowHeader: true,
      cell: (practice) => (
        <Link to="/practices/$id" params={{ id: practice.id }}>
          {format.text(practice.title)}
        </Link>
      ),
    },
    {
      key: "tags",
      header: t("app.practices.field.tags"),
      cell: (practice) => <TagLinks tags={practice.tags} />,
    },
    {
      key: "region",
      header: t("app.practices.field.region"),
      cell: (practice) => regionName(practice.regionCode),
    },
    {
      key: "replications",
      header: t("app.practices.column.replicated"),
      cell: (practice) =>
        format.list(practice.replications.map((replication) => regionName(replication.regionCode))),
    },
    {
      key: "status",
      header: t("app.practices.field.status"),
      cell: (practice) => (
        <span className={practice.published ? "tag" : "tag tag--muted"}>
          {t(practice.published ? "app.practices.status.published" : "app.practices.status.draft")}
        </span>
      ),
    },
    {
      key: "updated",
      header: t("app.practices.column.updated"),
      cell: (practice) => format.date(practice.updatedAt),
    },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.practices")}</h1>
        {canCreate ? (
          <Link to="/practices/new" className="button">
            {t("app.practices.new.title")}
          </Link>
        ) : null}
      </div>
      <PracticeFilters search={search} />
      {practices.isPending ? (
        <LoadingState />
      ) : practices.isError ? (
        <ErrorState error={practices.error} onRetry={() => practices.refetch()} />
      ) : (
        <DataTable
          caption={t("app.practices.caption")}
          columns={columns}
          rows={practices.data.items}
          rowKey={(practice) => practice.id}
          page={practices.data.page}
          perPage={practices.data.perPage}
          total={practices.data.total}
          empty={<EmptyState title={t("app.practices.empty")} />}
        />
      )}
    </>
  );
}
