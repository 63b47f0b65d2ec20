import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { type TPageQuery, ZPageQuery } from "../../../../shared/contracts/common.ts";
import type { TNotification, TNotificationPage } from "../../../../shared/contracts/notifications.ts";
import { api } from "../../../lib/api.ts";

/** The list's URL: only its page. */
export const ZNotificationsSearch = ZPageQuery;
export type NotificationsSearch = TPageQuery;

const NOTIFICATIONS_KEY = ["notifications"] as const;

/** How often the bell asks again, so a digest made by the morning job shows without a reload. */
const UNREAD_REFRESH_MS = 5 * 60 * 1000;

export const notificationsQueryOptions = (search: NotificationsSearch) =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, "list", search],
    queryFn: ({ signal }) =>
      api.get<TNotificationPage>(
        "/api/notifications",
        { page: search.page, perPage: search.perPage },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** The unread count alone: the smallest page carries it. */
export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, "unread"],
    queryFn: ({ signal }) => api.get<TNotificationPage>("/api/notifications", { perPage: 1 }, signal),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_REFRESH_MS,
  });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<TNotification>(`/api/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>("/api/notifications/read-all"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
