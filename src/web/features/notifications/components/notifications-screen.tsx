import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Pagination } from "../../../components/ui/pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import {
  type NotificationsSearch,
  notificationsQueryOptions,
  useMarkAllRead,
  useMarkRead,
} from "../api/notifications.api.ts";
import { NotificationCard } from "./notification-card.tsx";

/** The signed-in user's own notifications (the daily reminder digests), newest first. */
export function NotificationsScreen({ search }: { search: NotificationsSearch }) {
  const { t } = useTranslation();
  const toast = useToast();
  useDocumentTitle(t("app.notifications.title"));
  const query = useQuery(notificationsQueryOptions(search));
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const onError = (error: unknown) =>
    toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
  const unreadCount = query.data?.unreadCount ?? 0;
  return (
    <>
      <div className="page-head">
        <h1>{t("app.notifications.title")}</h1>
        {query.data ? (
          <p className="muted" aria-live="polite">
            {t("app.notifications.unread_summary", { count: unreadCount })}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          disabled={unreadCount === 0 || markAllRead.isPending}
          onClick={() => markAllRead.mutate(undefined, { onError })}
        >
          {t("app.notifications.mark_all_read")}
        </button>
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.total === 0 ? (
        <EmptyState title={t("app.notifications.empty")}>{t("app.notifications.empty_hint")}</EmptyState>
      ) : (
        <>
          <div className="notifications">
            {query.data.items.map((notification) => (
              <NotificationCard
                key={notification.id}
                notification={notification}
                marking={markRead.isPending}
                onMarkRead={(id) => markRead.mutate(id, { onError })}
              />
            ))}
          </div>
          <Pagination page={search.page} perPage={search.perPage} total={query.data.total} />
        </>
      )}
    </>
  );
}
