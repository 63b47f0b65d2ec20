import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { ExportLinks } from "../../../components/ui/export-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { partnersQueryOptions } from "../api/partners.api.ts";
import { useLabels } from "../lib/labels.ts";
import type { PartnerListSearch } from "../lib/partner-search.ts";
import { PartnerFilters } from "./partner-filters.tsx";
import { RecordTags } from "./record-tags.tsx";

export function PartnersScreen({ search, canCreate }: { search: PartnerListSearch; canCreate: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.partners"));
  const format = useFormat();
  const labels = useLabels();
  const partners = useQuery(partnersQueryOptions(search));
  const columns: Array<Column<TOrganization>> = [
    {
      key: "name",
      header: t("app.partners.field.name"),
      rowHeader: true,
      cell: (partner) => (
        <Link to="/partners/$id" params={{ id: partner.id }}>
          {format.text(partner.name)}
        </Link>
      ),
    },
    { key: "type", header: t("app.partners.field.type"), cell: (partner) => labels.type(partner.type) },
    {
      key: "regions",
      header: t("app.partners.field.regions"),
      cell: (partner) => partner.regionsServed.map(labels.region).join(", "),
    },
    {
      key: "status",
      header: t("app.partners.field.status"),
      cell: (partner) => <RecordTags record={partner} labels={labels} />,
    },
    {
      key: "verified",
      header: t("app.partners.column.verified"),
      cell: (partner) =>
        partner.lastVerifiedAt ? format.date(partner.lastVerifiedAt) : t("app.partners.verify.never_short"),
    },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.partners")}</h1>
        {canCreate ? (
          <Link to="/partners/new" className="button">
            {t("app.partners.new.title")}
          </Link>
        ) : null}
      </div>
      <PartnerFilters search={search} labels={labels} />
      <ExportLinks list="organizations" search={search} />
      {partners.isPending ? (
        <LoadingState />
      ) : partners.isError ? (
        <ErrorState error={partners.error} onRetry={() => partners.refetch()} />
      ) : (
        <DataTable
          caption={t("app.partners.caption")}
          columns={columns}
          rows={partners.data.items}
          rowKey={(partner) => partner.id}
          page={partners.data.page}
          perPage={partners.data.perPage}
          total={partners.data.total}
          empty={<EmptyState title={t("app.partners.empty")} />}
        />
      )}
    </>
  );
}
