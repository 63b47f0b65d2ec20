import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TMemorandumSummary } from "../../../../shared/contracts/memoranda.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { ExportLinks } from "../../../components/ui/export-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { type MemorandumListSearch, memorandaQueryOptions } from "../api/memoranda.api.ts";
import { MemorandumFilters } from "./memorandum-filters.tsx";
import { LifecycleTag, partyNames, ReviewStateTag, useTermText } from "./memorandum-labels.tsx";

export function MemorandaScreen({ search, canCreate }: { search: MemorandumListSearch; canCreate: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.memoranda"));
  const format = useFormat();
  const termText = useTermText(format);
  const memoranda = useQuery(memorandaQueryOptions(search));
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  const columns: Array<Column<TMemorandumSummary>> = [
    {
      key: "title",
      header: t("app.memoranda.field.title"),
      rowHeader: true,
      cell: (memorandum) => (
        <>
          <Link to="/memoranda/$id" params={{ id: memorandum.id }}>
            {format.text(memorandum.title)}
          </Link>
          {memorandum.number ? <span className="memo-number">№ {memorandum.number}</span> : null}
          {memorandum.relation ? (
            <span className="memo-number">{t(`app.memoranda.relation.${memorandum.relation}`)}</span>
          ) : null}
        </>
      ),
    },
    {
      key: "parties",
      header: t("app.memoranda.field.parties"),
      cell: (memorandum) => format.list(partyNames(memorandum.parties, format)),
    },
    {
      key: "region",
      header: t("app.memoranda.field.region"),
      cell: (memorandum) =>
        format.list(
          [
            ...new Set(memorandum.parties.flatMap((party) => (party.regionCode ? [party.regionCode] : []))),
          ].map(regionName),
        ),
    },
    {
      key: "state",
      header: t("app.memoranda.column.status"),
      cell: (memorandum) => (
        <span className="memo-tags">
          <ReviewStateTag state={memorandum.reviewState} />
          <LifecycleTag lifecycle={memorandum.lifecycle} />
        </span>
      ),
    },
    {
      key: "term",
      header: t("app.memoranda.field.term"),
      cell: (memorandum) => termText(memorandum.startDate, memorandum.endDate),
    },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.memoranda")}</h1>
        {canCreate ? (
          <Link to="/memoranda/new" className="button">
            {t("app.memoranda.new.title")}
          </Link>
        ) : null}
      </div>
      <MemorandumFilters search={search} />
      <ExportLinks list="memoranda" search={search} pdf />
      {memoranda.isPending ? (
        <LoadingState />
      ) : memoranda.isError ? (
        <ErrorState error={memoranda.error} onRetry={() => memoranda.refetch()} />
      ) : (
        <DataTable
          caption={t("app.memoranda.caption")}
          columns={columns}
          rows={memoranda.data.items}
          rowKey={(memorandum) => memorandum.id}
          page={memoranda.data.page}
          perPage={memoranda.data.perPage}
          total={memoranda.data.total}
          empty={<EmptyState title={t("app.memoranda.empty")} />}
        />
      )}
    </>
  );
}
