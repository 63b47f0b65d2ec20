import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { csvList, type TPage, ZPageQuery, ZRegionCode } from "../../../../shared/contracts/common.ts";
import {
  REPORT_ENTITY_KINDS,
  type TReport,
  type TReportResolve,
} from "../../../../shared/contracts/reports.ts";
import {
  type TVerificationDueItem,
  ZVerificationDueQuery,
} from "../../../../shared/contracts/verification.ts";
import { api } from "../../../lib/api.ts";

export const QUEUE_TABS = ["reports", "due"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const REPORT_STATUS_FILTERS = ["open", "resolved", "all"] as const;
export const DUE_MONTHS = [6, 12, 24, 36] as const;

/**
 * The queue's URL: which list is shown, its page and its filters. `kind` filters both lists (a service or
 * an organization); `status` the reports, `region` and `months` the listings due for re-verification.
 */
export const ZQueueSearch = ZPageQuery.extend({
  tab: z.enum(QUEUE_TABS).default("reports"),
  kind: z.enum(REPORT_ENTITY_KINDS).optional(), // the same two kinds as VERIFIABLE_KINDS
  status: z.enum(REPORT_STATUS_FILTERS).default("open"),
  region: csvList(ZRegionCode),
  // The filter offers half a year and whole years; it opens on half a year, the reminders' default age
  // (YNTYMAQ_VERIFICATION_MAX_AGE_DAYS, 183 days), which also applies to clients that send no `months`.
  months: ZVerificationDueQuery.shape.months.unwrap().default(6),
});
export type QueueSearch = z.output<typeof ZQueueSearch>;

export const reportsQueryOptions = (search: QueueSearch) => {
  const query = {
    page: search.page,
    perPage: search.perPage,
    entityKind: search.kind,
    status: search.status === "all" ? undefined : search.status,
    // Open reports longest-waiting first, like Home; resolved ones newest first.
    sort: search.status === "open" ? "createdAt" : "-createdAt",
  };
  return queryOptions({
    queryKey: ["reports", "list", query],
    queryFn: ({ signal }) => api.get<TPage<TReport>>("/api/reports", query, signal),
    placeholderData: keepPreviousData,
  });
};

export const dueQueryOptions = (search: QueueSearch) => {
  const query = {
    page: search.page,
    perPage: search.perPage,
    kind: search.kind,
    region: search.region,
    months: search.months,
  };
  return queryOptions({
    queryKey: ["verification", "due", query],
    queryFn: ({ signal }) => api.get<TPage<TVerificationDueItem>>("/api/verification/due", query, signal),
    placeholderData: keepPreviousData,
  });
};

/** Home's counts and lists change with every resolved report or verified listing. */
const refresh = (queryClient: ReturnType<typeof useQueryClient>, key: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [key] }),
    queryClient.invalidateQueries({ queryKey: ["home"] }),
  ]);

export function useResolveReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TReportResolve) =>
      api.post<TReport>(`/api/reports/${encodeURIComponent(id)}/resolve`, input),
    onSuccess: () => refresh(queryClient, "reports"),
  });
}

export function useVerifyListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Pick<TVerificationDueItem, "kind" | "id">) =>
      api.post<unknown>(
        `/api/${item.kind === "service" ? "services" : "organizations"}/${encodeURIComponent(item.id)}/verify`,
        {},
      ),
    onSuccess: () => refresh(queryClient, "verification"),
  });
}
