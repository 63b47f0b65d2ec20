import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TVerificationDueItem } from "../../../../shared/contracts/verification.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { dueQueryOptions, type QueueSearch, useVerifyListing } from "../api/verification.api.ts";
import { publicListingUrl } from "./reports-queue.tsx";

/** Published listings nobody has checked for `months`; an admin marks one verified after checking it. */
export function DueListings({ search }: { search: QueueSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const due = useQuery(dueQueryOptions(search));
  const verify = useVerifyListing();
  const onVerify = async (item: TVerificationDueItem) => {
    try {
      await verify.mutateAsync(item);
      toast.show(t("app.verification.due.verified_toast", { name: format.text(item.name) }));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    }
  };
  const columns: Array<Column<TVerificationDueItem>> = [
    {
      key: "name",
      header: t("app.verification.due.column.name"),
      rowHeader: true,
      cell: (item) => (
        <a href={publicListingUrl(item.kind, item.id, format.locale)}>{format.text(item.name)}</a>
      ),
    },
    {
      key: "kind",
      header: t("app.verification.filter.kind"),
      cell: (item) => t(`app.verification.kind.${item.kind}`),
    },
    {
      key: "organization",
      header: t("app.verification.due.column.organization"),
      cell: (item) => (item.kind === "service" ? format.text(item.organizationName) : "—"),
    },
    {
      key: "verified",
      header: t("app.verification.due.column.verified"),
      cell: (item) =>
        item.lastVerifiedAt ? format.date(item.lastVerifiedAt) : t("app.verification.due.never"),
    },
    {
      key: "action",
      header: <span className="visually-hidden">{t("app.verification.due.column.action")}</span>,
      cell: (item) =>
        item.permissions.verify ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={verify.isPending}
            onClick={() => void onVerify(item)}
          >
            {t("app.verification.due.verify")}
            <span className="visually-hidden">: {format.text(item.name)}</span>
          </button>
        ) : null,
    },
  ];
  if (due.isPending) return <LoadingState />;
  if (due.isError) return <ErrorState error={due.error} onRetry={() => due.refetch()} />;
  return (
    <DataTable
      caption={t("app.verification.due.caption", { count: search.months })}
      columns={columns}
      rows={due.data.items}
      rowKey={(item) => `${item.kind}-${item.id}`}
      page={due.data.page}
      perPage={due.data.perPage}
      total={due.data.total}
      empty={<EmptyState title={t("app.verification.due.empty")} />}
    />
  );
}
