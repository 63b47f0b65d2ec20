import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { unreadCountQueryOptions } from "../api/notifications.api.ts";

/** The header's way to the notifications, saying how many are unread (to screen readers in words). */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: unread = 0 } = useQuery(unreadCountQueryOptions());
  return (
    <Link
      to="/notifications"
      className="notification-bell"
      aria-label={t("app.notifications.bell", { count: unread })}
      activeProps={{ "aria-current": "page" }}
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {format.number(unread)}
        </span>
      ) : null}
    </Link>
  );
}
