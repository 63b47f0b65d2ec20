import { useTranslation } from "react-i18next";
import {
  REMINDER_GROUPS,
  type TDigestItem,
  type TNotification,
} from "../../../../shared/contracts/notifications.ts";
import { useFormat } from "../../../lib/format.ts";
import { DigestItemLink } from "./digest-item-link.tsx";

function detailKey(item: TDigestItem): { key: string; date: string | null } {
  switch (item.group) {
    case "expiringMemoranda":
      return { key: "reminders.item.ends", date: item.date };
    case "overdueCommitments":
      return { key: "reminders.item.due", date: item.date };
    case "staleListings":
      return item.date
        ? { key: "reminders.item.verified", date: item.date }
        : { key: "reminders.item.never_verified", date: null };
    case "staleReports":
      return { key: "reminders.item.received", date: item.date };
  }
}

/** One daily digest: its items grouped as in the mail, each linking to where it is dealt with. */
export function NotificationCard({
  notification,
  onMarkRead,
  marking,
}: {
  notification: TNotification;
  onMarkRead: (id: string) => void;
  marking: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { payload } = notification;
  const unread = notification.readAt === null;
  const headingId = `notification-${notification.id}`;
  return (
    <article
      className={unread ? "notification notification--unread" : "notification"}
      aria-labelledby={headingId}
    >
      <header className="notification__head">
        <h2 id={headingId}>{t("app.notifications.digest_title", { day: format.date(payload.day) })}</h2>
        {unread ? <span className="tag tag--attention">{t("app.notifications.unread")}</span> : null}
      </header>
      {REMINDER_GROUPS.filter((group) => payload.counts[group] > 0).map((group) => {
        const items = payload.items.filter((item) => item.group === group);
        const hidden = payload.counts[group] - items.length;
        return (
          <section key={group} className="notification__group">
            <h3>
              {t(`reminders.group.${group}`, { count: payload.counts[group], days: payload.reportStaleDays })}
            </h3>
            <ul className="item-list">
              {items.map((item) => {
                const detail = detailKey(item);
                return (
                  <li key={item.id}>
                    <span className="item-list__title">
                      <DigestItemLink path={item.path}>{format.text(item.label)}</DigestItemLink>
                    </span>
                    <span className="item-list__meta">
                      {t(detail.key, { date: format.date(detail.date) })}
                    </span>
                  </li>
                );
              })}
            </ul>
            {hidden > 0 ? <p className="muted">{t("reminders.mail.more", { count: hidden })}</p> : null}
          </section>
        );
      })}
      {unread ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={marking}
          onClick={() => onMarkRead(notification.id)}
        >
          {t("app.notifications.mark_read")}
        </button>
      ) : null}
    </article>
  );
}
