import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TMemorandaAnalytics } from "../../../../shared/contracts/analytics.ts";
import { useFormat } from "../../../lib/format.ts";

/** Memoranda ending within 30, 60 and 90 days, soonest first; each window includes the shorter ones. */
export function ExpiringLists({ expiring }: { expiring: TMemorandaAnalytics["expiring"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="analytics-expiring" className="analytics-list">
      <h3 id="analytics-expiring">{t("app.analytics.memoranda.expiring")}</h3>
      {expiring.map((window) => (
        <div key={window.days}>
          <h4>{t("app.analytics.memoranda.expiring_within", { days: window.days, count: window.count })}</h4>
          {window.memoranda.length === 0 ? (
            <p className="muted">{t("app.analytics.memoranda.expiring_none")}</p>
          ) : (
            <ul>
              {window.memoranda.map((memorandum) => (
                <li key={memorandum.id}>
                  <Link to="/memoranda/$id" params={{ id: memorandum.id }}>
                    {[memorandum.number, format.text(memorandum.title)].filter(Boolean).join(" · ")}
                  </Link>{" "}
                  <span className="muted">
                    {t("app.analytics.memoranda.ends", {
                      date: format.date(memorandum.endDate),
                      days: memorandum.daysLeft,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** Overdue commitments grouped by the party that owes them, the most overdue owner first. */
export function OverdueByOwner({ data }: { data: TMemorandaAnalytics }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="analytics-overdue" className="analytics-list">
      <h3 id="analytics-overdue">{t("app.analytics.memoranda.overdue", { count: data.overdueCount })}</h3>
      {data.overdueByOwner.length === 0 ? (
        <p className="muted">{t("app.analytics.memoranda.overdue_none")}</p>
      ) : (
        data.overdueByOwner.map((group) => (
          <div key={`${group.owner.kind}-${group.owner.id}`}>
            <h4>
              {t("app.analytics.memoranda.overdue_owner", {
                owner: format.text(group.owner.name),
                count: group.count,
              })}
            </h4>
            <ul>
              {group.commitments.map((commitment) => (
                <li key={commitment.id}>
                  {format.text(commitment.text)} —{" "}
                  <Link to="/memoranda/$id" params={{ id: commitment.memorandumId }}>
                    {format.text(commitment.memorandumTitle)}
                  </Link>{" "}
                  <span className="muted">
                    {t("app.analytics.memoranda.overdue_since", {
                      date: format.date(commitment.dueDate),
                      days: commitment.daysOverdue,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
