import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInitiative, TReach } from "../../../../shared/contracts/initiatives.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { ExportLinks } from "../../../components/ui/export-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import {
  type InitiativeListSearch,
  initiativesQueryOptions,
  linkedMemorandumQueryOptions,
} from "../api/initiatives.api.ts";
import { InitiativeFilters } from "./initiative-filters.tsx";

/** «12 March 2025» or «12 – 14 March 2025» as two formatted dates. */
export function useDateRange() {
  const format = useFormat();
  return (start: string, end: string | null) =>
    end && end !== start ? `${format.date(start)} – ${format.date(end)}` : format.date(start);
}

/** When the list is narrowed to one memorandum (`?memorandum=`, e.g. from the memorandum's screen). */
function MemorandumFilter({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const memorandum = useQuery(linkedMemorandumQueryOptions(id));
  return (
    <p className="warning">
      {t("app.initiatives.filter.memorandum", { title: format.text(memorandum.data?.title) || "…" })}{" "}
      <Link
        to="/initiatives"
        search={
          ((previous: Record<string, unknown>) => ({
            ...previous,
            memorandum: undefined,
            page: undefined,
          })) as never
        }
      >
        {t("app.initiatives.filter.clear_memorandum")}
      </Link>
    </p>
  );
}

function ReachTotals({ total, reach }: { total: number; reach: TReach }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="lead">
      {t("app.initiatives.totals", {
        total,
        children: format.number(reach.children),
        parents: format.number(reach.parents),
        specialists: format.number(reach.specialists),
      })}
    </p>
  );
}

export function InitiativesScreen({
  search,
  canCreate,
}: {
  search: InitiativeListSearch;
  canCreate: boolean;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.initiatives"));
  const format = useFormat();
  const dateRange = useDateRange();
  const initiatives = useQuery(initiativesQueryOptions(search));
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  const number = (value: number) => format.number(value);
  const columns: Array<Column<TInitiative>> = [
    {
      key: "title",
      header: t("app.initiatives.field.title"),
      rowHeader: true,
      cell: (initiative) => (
        <Link to="/initiatives/$id" params={{ id: initiative.id }}>
          {format.text(initiative.title)}
        </Link>
      ),
    },
    {
      key: "type",
      header: t("app.initiatives.field.type"),
      cell: (initiative) => t(`app.initiatives.type.${initiative.type}`),
    },
    {
      key: "date",
      header: t("app.initiatives.column.dates"),
      cell: (initiative) => dateRange(initiative.startDate, initiative.endDate),
    },
    {
      key: "region",
      header: t("app.initiatives.field.region"),
      cell: (initiative) => regionName(initiative.regionCode),
    },
    {
      key: "children",
      header: t("app.initiatives.reach.children"),
      className: "initiatives-table__number",
      cell: (initiative) => number(initiative.reach.children),
    },
    {
      key: "parents",
      header: t("app.initiatives.reach.parents"),
      className: "initiatives-table__number",
      cell: (initiative) => number(initiative.reach.parents),
    },
    {
      key: "specialists",
      header: t("app.initiatives.reach.specialists"),
      className: "initiatives-table__number",
      cell: (initiative) => number(initiative.reach.specialists),
    },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.initiatives")}</h1>
        {canCreate ? (
          <Link to="/initiatives/new" className="button">
            {t("app.initiatives.new.title")}
          </Link>
        ) : null}
      </div>
      <InitiativeFilters search={search} />
      <ExportLinks list="initiatives" search={search} />
      {search.memorandum ? <MemorandumFilter id={search.memorandum} /> : null}
      {initiatives.isPending ? (
        <LoadingState />
      ) : initiatives.isError ? (
        <ErrorState error={initiatives.error} onRetry={() => initiatives.refetch()} />
      ) : (
        <>
          {initiatives.data.total > 0 ? (
            <ReachTotals total={initiatives.data.total} reach={initiatives.data.reachTotals} />
          ) : null}
          <DataTable
            caption={t("app.initiatives.caption")}
            columns={columns}
            rows={initiatives.data.items}
            rowKey={(initiative) => initiative.id}
            page={initiatives.data.page}
            perPage={initiatives.data.perPage}
            total={initiatives.data.total}
            empty={<EmptyState title={t("app.initiatives.empty")} />}
          />
        </>
      )}
    </>
  );
}
