import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { ANALYTICS_VIEWS, type AnalyticsSearch } from "../api/analytics-search.ts";
import { AnalyticsFilters } from "./analytics-filters.tsx";
import { CoverageSection } from "./coverage-section.tsx";
import { ExportLinks } from "./export-links.tsx";
import { InitiativesSection } from "./initiatives-section.tsx";
import { MemorandaSection } from "./memoranda-section.tsx";
import { PopulationSection } from "./population-section.tsx";

/** The sections as links, so each has its own address and the browser's back button moves between them. */
function SectionNav({ search }: { search: AnalyticsSearch }) {
  const { t } = useTranslation();
  return (
    <nav className="view-switch" aria-label={t("app.analytics.sections")}>
      <ul>
        {ANALYTICS_VIEWS.map((view) => (
          <li key={view}>
            <Link
              to="/analytics"
              search={{ ...search, view }}
              // exact: the default section's address is a part of every other section's, not the same
              activeOptions={{ exact: true }}
              aria-current={view === search.view ? "page" : undefined}
            >
              {t(`app.analytics.view.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Coverage and gaps, memoranda and initiatives for the caller's scope, filtered through the URL. */
export function AnalyticsScreen({
  search,
  scopeRegionCodes = null,
}: {
  search: AnalyticsSearch;
  /** The regions the caller's figures cover; null for every region. */
  scopeRegionCodes?: readonly string[] | null;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.analytics"));
  return (
    <>
      <h1>{t("app.nav.analytics")}</h1>
      <p className="lead">{t("app.analytics.intro")}</p>
      <AnalyticsFilters search={search} scopeRegionCodes={scopeRegionCodes} />
      <ExportLinks search={search} />
      <SectionNav search={search} />
      {search.view === "coverage" ? <CoverageSection search={search} /> : null}
      {search.view === "memoranda" ? <MemorandaSection search={search} /> : null}
      {search.view === "initiatives" ? <InitiativesSection search={search} /> : null}
      {search.view === "population" ? <PopulationSection /> : null}
    </>
  );
}
