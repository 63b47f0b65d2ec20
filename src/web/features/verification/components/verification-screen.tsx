import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { QUEUE_TABS, type QueueSearch } from "../api/verification.api.ts";
import { DueListings } from "./due-listings.tsx";
import { QueueFilters } from "./queue-filters.tsx";
import { ReportsQueue } from "./reports-queue.tsx";

/** Family reports and stale listings: two lists, one in view, chosen (with its filters) in the URL. */
export function VerificationScreen({ search }: { search: QueueSearch }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.verification"));
  return (
    <>
      <h1>{t("app.nav.verification")}</h1>
      <p className="lead">{t("app.verification.intro")}</p>
      <nav className="view-switch" aria-label={t("app.verification.lists")}>
        <ul>
          {QUEUE_TABS.map((tab) => (
            <li key={tab}>
              <Link
                to="/verification"
                search={{ tab, kind: search.kind }}
                // Exact: the default tab's link has no search, which would otherwise match every URL.
                activeOptions={{ exact: true }}
                aria-current={search.tab === tab ? "page" : undefined}
              >
                {t(`app.verification.tab.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="queue-list-title">
        <h2 id="queue-list-title">{t(`app.verification.tab.${search.tab}`)}</h2>
        <QueueFilters search={search} />
        {search.tab === "reports" ? <ReportsQueue search={search} /> : <DueListings search={search} />}
      </section>
    </>
  );
}
