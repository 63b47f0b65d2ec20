import { Link } from "@tanstack/react-router";
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
  more,
}: {
  id: string;
  title: string;
  total: number;
  empty: string;
  children: ReactNode;
  /** A link to the screen that lists them all. */
  more?: ReactNode;
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
          {more ? <p>{more}</p> : null}
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
              <Link to="/memoranda/$id" params={{ id: memorandum.id }}>
                {memorandum.number ? `№ ${memorandum.number} · ` : ""}
                {format.text(memorandum.title)}
              </Link>
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
            <span className="item-list__title">
              <Link to="/memoranda/$id" params={{ id: commitment.memorandumId }}>
                {format.text(commitment.text)}
              </Link>
            </span>
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
        more={
          <Link to="/verification" search={{ tab: "due" }}>
            {t("app.home.stale.open_queue")}
          </Link>
        }
      >
        {home.staleListings.map((listing) => (
          <li key={`${listing.kind}-${listing.id}`}>
            <span className="item-list__title">
              {listing.kind === "service" ? (
                <Link to="/services/$id" params={{ id: listing.id }}>
                  {format.text(listing.name)}
                </Link>
              ) : (
                <Link to="/partners/$id" params={{ id: listing.id }}>
                  {format.text(listing.name)}
                </Link>
              )}
            </span>
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
        more={<Link to="/verification">{t("app.home.reports.open_queue")}</Link>}
      >
        {home.openReports.map((report) => (
          <li key={report.id}>
            <span className="item-list__title">
              <Link to="/verification">
                {format.text(report.entityName) || t("app.home.reports.deleted")}
              </Link>
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
