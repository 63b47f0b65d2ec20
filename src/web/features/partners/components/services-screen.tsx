import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TService } from "../../../../shared/contracts/services.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { ExportLinks } from "../../../components/ui/export-links.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { partnerQueryOptions } from "../api/partners.api.ts";
import { servicesQueryOptions } from "../api/services.api.ts";
import { useLabels } from "../lib/labels.ts";
import type { ServiceListSearch } from "../lib/partner-search.ts";
import { RecordTags } from "./record-tags.tsx";
import { ServiceFilters } from "./service-filters.tsx";

/** Names of the organizations on the page (each cached, and shared with their own screens). */
function useOrganizationNames(ids: string[]): (id: string) => string {
  const format = useFormat();
  const unique = [...new Set(ids)];
  const results = useQueries({ queries: unique.map((id) => partnerQueryOptions(id)) });
  const names = new Map(unique.map((id, index) => [id, format.text(results[index]?.data?.name)]));
  return (id) => names.get(id) ?? "";
}

export function ServicesScreen({ search }: { search: ServiceListSearch }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.services"));
  const format = useFormat();
  const labels = useLabels();
  const update = useSearchUpdate<ServiceListSearch>();
  const services = useQuery(servicesQueryOptions(search));
  const organizationIds = [
    ...(search.organization ?? []),
    ...(services.data?.items ?? []).map((s) => s.organizationId),
  ];
  const organizationName = useOrganizationNames(organizationIds);
  const columns: Array<Column<TService>> = [
    {
      key: "name",
      header: t("app.services.field.name"),
      rowHeader: true,
      cell: (service) => (
        <Link to="/services/$id" params={{ id: service.id }}>
          {format.text(service.name)}
        </Link>
      ),
    },
    {
      key: "organization",
      header: t("app.services.column.organization"),
      cell: (service) => (
        <Link to="/partners/$id" params={{ id: service.organizationId }}>
          {organizationName(service.organizationId) || t("app.partners.one")}
        </Link>
      ),
    },
    { key: "cost", header: t("app.services.field.cost"), cell: (service) => labels.cost(service.cost) },
    {
      key: "status",
      header: t("app.services.field.status"),
      cell: (service) => <RecordTags record={service} labels={labels} kind="service" />,
    },
    {
      key: "verified",
      header: t("app.partners.column.verified"),
      cell: (service) =>
        service.lastVerifiedAt ? format.date(service.lastVerifiedAt) : t("app.partners.verify.never_short"),
    },
  ];
  return (
    <>
      <h1>{t("app.nav.services")}</h1>
      <p className="lead">{t("app.services.intro")}</p>
      {search.organization?.length ? (
        <p className="filter-note">
          {t("app.services.filter.organization", {
            names: format.list(search.organization.map((id) => organizationName(id) || "…")),
          })}{" "}
          <button type="button" className="link-button" onClick={() => update({ organization: undefined })}>
            {t("app.services.filter.organization_clear")}
          </button>
        </p>
      ) : null}
      <ServiceFilters search={search} labels={labels} />
      <ExportLinks list="services" search={search} />
      {services.isPending ? (
        <LoadingState />
      ) : services.isError ? (
        <ErrorState error={services.error} onRetry={() => services.refetch()} />
      ) : (
        <DataTable
          caption={t("app.services.caption")}
          columns={columns}
          rows={services.data.items}
          rowKey={(service) => service.id}
          page={services.data.page}
          perPage={services.data.perPage}
          total={services.data.total}
          empty={<EmptyState title={t("app.services.empty")} />}
        />
      )}
    </>
  );
}
