import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { HOME_LIST_LIMIT, type THome } from "../../../../shared/contracts/home.ts";
import { EmptyState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";

function HomeList({
  id,
  title,
  total,
  empty,
  children,
}: {
  id: string;
  title: string;
  total: number;
  empty: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="home-list" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="badge">{total}</span>
      </h2>
      {total === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <>
          <ul className="item-list">{children}</ul>
          {total > HOME_LIST_LIMIT ? (
            <p className="muted">{t("app.home.more", { count: total - HOME_LIST_LIMIT })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

export function HomeLists({ home }: { home: THome }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = home;
  return (
    <div className="home-lists">
      <HomeList
        id="home-expiring"
        title={t("app.home.expiring.title")}
        total={counts.expiringMemoranda}
        empty={t("app.home.expiring.empty")}
      >
        {home.expiringMemoranda.map((memorandum) => (
          <li key={memorandum.id}>
            <span className="item-list__title">
              {memorandum.number ? `№ ${memorandum.number} · ` : ""}
              {format.text(memorandum.title)}
            </span>
            <span className="item-list__meta">
              {t("app.home.expiring.ends", { date: format.date(memorandum.endDate) })}
            </span>
          </li>
        ))}
      </HomeList>
      <HomeList
        id="home-overdue"
        title={t("app.home.overdue.title")}
        total={counts.overdueCommitments}
        empty={t("app.home.overdue.empty")}
      >
        {home.overdueCommitments.map((commitment) => (
          <li key={commitment.id}>
            <span className="item-list__title">{format.text(commitment.text)}</span>
            <span className="item-list__meta">
              {t("app.home.overdue.due", { date: format.date(commitment.dueDate) })} ·{" "}
              {format.text(commitment.memorandumTitle)}
            </span>
          </li>
        ))}
      </HomeList>
      <HomeList
        id="home-stale"
        title={t("app.home.stale.title")}
        total={counts.staleListings}
        empty={t("app.home.stale.empty")}
      >
        {home.staleListings.map((listing) => (
          <li key={`${listing.kind}-${listing.id}`}>
            <span className="item-list__title">{format.text(listing.name)}</span>
            <span className="item-list__meta">
              {t(`app.home.stale.kind.${listing.kind}`)} ·{" "}
              {listing.lastVerifiedAt
                ? t("app.home.stale.verified", { date: format.date(listing.lastVerifiedAt) })
                : t("app.home.stale.never")}
            </span>
          </li>
        ))}
      </HomeList>
      <HomeList
        id="home-reports"
        title={t("app.home.reports.title")}
        total={counts.openReports}
        empty={t("app.home.reports.empty")}
      >
        {home.openReports.map((report) => (
          <li key={report.id}>
            <span className="item-list__title">
              {format.text(report.entityName) || t("app.home.reports.deleted")}
            </span>
            <span className="item-list__meta">
              {format.dateTime(report.createdAt)} · {report.message}
            </span>
          </li>
        ))}
      </HomeList>
    </div>
  );
}
