import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AGE_BANDS, type TCoverage } from "../../../../shared/contracts/analytics.ts";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { coverageQueryOptions, regionShapesQueryOptions } from "../api/analytics.api.ts";
import type { AnalyticsSearch } from "../api/analytics-search.ts";
import { COVERAGE_METRICS, METRIC_DEFINITIONS } from "../lib/coverage-metrics.ts";
import { listTargetFor } from "../lib/list-links.ts";
import { CoverageMatrix } from "./coverage-matrix.tsx";
import { RegionChoropleth } from "./region-choropleth.tsx";

function CoverageControls({ search }: { search: AnalyticsSearch }) {
  const { t } = useTranslation();
  const update = useSearchUpdate<AnalyticsSearch>();
  return (
    <div className="filters coverage-controls">
      <div className="field">
        <label className="field__label" htmlFor="coverage-metric">
          {t("app.analytics.coverage.metric")}
        </label>
        <select
          id="coverage-metric"
          value={search.metric}
          onChange={(event) => update({ metric: event.target.value as AnalyticsSearch["metric"] })}
        >
          {COVERAGE_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`app.analytics.metric.${metric}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="coverage-age-band">
          {t("app.analytics.coverage.age_band")}
        </label>
        <select
          id="coverage-age-band"
          value={search.ageBand ?? ""}
          onChange={(event) =>
            update({ ageBand: (event.target.value || undefined) as AnalyticsSearch["ageBand"] })
          }
        >
          <option value="">{t("app.analytics.coverage.any_age")}</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`app.analytics.age_band.${band}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function CoverageSummary({ coverage }: { coverage: TCoverage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="analytics-as-of">
        {t("app.analytics.coverage.as_of", { asOf: format.dateTime(coverage.asOf) })}
      </p>
      <p>
        {t("app.analytics.coverage.summary", {
          services: coverage.totals.services,
          partners: coverage.totals.partners,
          memoranda: coverage.totals.activeMemoranda,
          gaps: coverage.totals.gaps,
        })}
      </p>
    </>
  );
}

/** The matrix and its map for the chosen metric and age band, over the dashboard's filters. */
export function CoverageSection({ search }: { search: AnalyticsSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const coverage = useQuery(coverageQueryOptions(search));
  const shapes = useQuery(regionShapesQueryOptions());
  const regions = useQuery(regionsQueryOptions());
  const definition = METRIC_DEFINITIONS[search.metric];
  const metricLabel = t(`app.analytics.metric.${search.metric}`);
  const values = useMemo(
    () => new Map((coverage.data?.regions ?? []).map((region) => [region.code, definition.ofRegion(region)])),
    [coverage.data, definition],
  );
  const cityCodes = useMemo(
    () =>
      new Set((regions.data ?? []).filter((region) => region.kind === "city").map((region) => region.code)),
    [regions.data],
  );
  const regionName = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  return (
    <section
      aria-labelledby="analytics-coverage"
      className="analytics-section"
      aria-busy={coverage.isFetching}
    >
      <h2 id="analytics-coverage">{t("app.analytics.view.coverage")}</h2>
      <CoverageControls search={search} />
      {coverage.isPending ? (
        <LoadingState />
      ) : coverage.isError ? (
        <ErrorState error={coverage.error} onRetry={() => coverage.refetch()} />
      ) : coverage.data.regions.length === 0 ? (
        <EmptyState title={t("app.analytics.coverage.empty")} />
      ) : (
        <>
          <CoverageSummary coverage={coverage.data} />
          <CoverageMatrix
            coverage={coverage.data}
            metric={search.metric}
            metricLabel={metricLabel}
            organizationType={search.organizationType}
          />
          <h3>{t("app.analytics.map.heading")}</h3>
          {shapes.data ? (
            <RegionChoropleth
              shapes={shapes.data}
              values={values}
              unit={definition.unit}
              cityCodes={cityCodes}
              title={metricLabel}
              regionName={regionName}
              listFor={(code) =>
                listTargetFor(definition.list, {
                  regionCode: code,
                  organizationType: search.organizationType,
                  ageBand: coverage.data.ageBand ?? undefined,
                  period: coverage.data.period,
                })
              }
              selected={search.region}
              fileName={`coverage-${search.metric}`}
            />
          ) : shapes.isError ? (
            <ErrorState error={shapes.error} onRetry={() => shapes.refetch()} />
          ) : (
            <LoadingState />
          )}
        </>
      )}
    </section>
  );
}
