import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TReport } from "../../../../shared/contracts/reports.ts";
import { Pagination } from "../../../components/ui/pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { type QueueSearch, reportsQueryOptions } from "../api/verification.api.ts";
import { ResolveReportForm } from "./resolve-report-form.tsx";

/** The listing's page on the public site, where the family saw the problem. */
export const publicListingUrl = (kind: TReport["entityKind"], id: string, locale: string) =>
  `/${kind === "service" ? "services" : "organizations"}/${encodeURIComponent(id)}?lang=${locale}`;

function ReportCard({
  report,
  resolving,
  onResolving,
}: {
  report: TReport;
  resolving: boolean;
  onResolving: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = format.text(report.entityName) || t("app.verification.reports.deleted");
  const titleId = `report-${report.id}`;
  return (
    <li className="queue-item">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="queue-item__title">
          {name}
        </h3>
        <p className="item-list__meta">
          {t(`app.verification.kind.${report.entityKind}`)} ·{" "}
          {t("app.verification.reports.received", { date: format.dateTime(report.createdAt) })} ·{" "}
          <span className={report.status === "open" ? "tag" : "tag tag--muted"}>
            {t(`app.verification.reports.status.${report.status}`)}
          </span>
        </p>
        <blockquote className="quote" lang={report.locale}>
          {report.message}
        </blockquote>
        {report.contact ? (
          <p>
            {t("app.verification.reports.contact")}:{" "}
            <span className="queue-item__contact">{report.contact}</span>
          </p>
        ) : null}
        {report.entityName ? (
          <p>
            <a href={publicListingUrl(report.entityKind, report.entityId, format.locale)}>
              {t("app.verification.open_public")}
              <span className="visually-hidden">: {name}</span>
            </a>
          </p>
        ) : null}
        {report.status === "resolved" ? (
          <p className="queue-item__resolution">
            {t("app.verification.reports.resolved_on", { date: format.dateTime(report.resolvedAt) })}{" "}
            {report.resolutionNote}
          </p>
        ) : report.permissions.resolve ? (
          resolving ? (
            <ResolveReportForm report={report} name={name} onDone={() => onResolving(false)} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => onResolving(true)}>
              {t("app.verification.reports.resolve_start")}
              <span className="visually-hidden">: {name}</span>
            </button>
          )
        ) : null}
      </article>
    </li>
  );
}

export function ReportsQueue({ search }: { search: QueueSearch }) {
  const { t } = useTranslation();
  const reports = useQuery(reportsQueryOptions(search));
  // One note form at a time, so leaving the page asks about one unsaved note at most.
  const [resolving, setResolving] = useState<string | null>(null);
  if (reports.isPending) return <LoadingState />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => reports.refetch()} />;
  const { items, page, perPage, total } = reports.data;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t(
          search.status === "open" ? "app.verification.reports.empty_open" : "app.verification.reports.empty",
        )}
      />
    );
  }
  return (
    <>
      <ul className="queue-list">
        {items.map((report) => (
          <ReportCard
            key={report.id}
            report={report}
            resolving={resolving === report.id}
            onResolving={(open) => setResolving(open ? report.id : null)}
          />
        ))}
      </ul>
      <Pagination page={page} perPage={perPage} total={total} />
    </>
  );
}
