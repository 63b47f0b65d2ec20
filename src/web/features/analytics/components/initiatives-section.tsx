import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInitiativesAnalytics, TReach } from "../../../../shared/contracts/analytics.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { initiativesAnalyticsQueryOptions } from "../api/analytics.api.ts";
import type { AnalyticsSearch } from "../api/analytics-search.ts";
import { monthsBetween, perMonth } from "../lib/months.ts";
import { useMetricFormat } from "../lib/use-metric-format.ts";
import { BarChart } from "./charts/bar-chart.tsx";
import { ChartFigure, type ChartTableRow } from "./charts/chart-figure.tsx";
import { MonthlyChart } from "./charts/monthly-chart.tsx";
import { PeriodLine } from "./period-line.tsx";
import { PracticesTable } from "./practices-table.tsx";

const REACH_KEYS = ["initiatives", "children", "parents", "specialists"] as const;

function useReachColumns() {
  const { t } = useTranslation();
  return REACH_KEYS.map((key) => ({ key, header: t(`app.analytics.reach.${key}`) }));
}

function useReachCells() {
  const format = useFormat();
  return (reach: TReach) => Object.fromEntries(REACH_KEYS.map((key) => [key, format.number(reach[key])]));
}

function OverTime({ data }: { data: TInitiativesAnalytics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const metricFormat = useMetricFormat();
  const columns = useReachColumns();
  const months = monthsBetween(data.period.from, data.period.to);
  const series = REACH_KEYS.map((key) => ({
    key,
    label: t(`app.analytics.reach.${key}`),
    values: perMonth(months, data.byMonth, (row) => row[key]),
  }));
  const rows: ChartTableRow[] = months.map((month, index) => ({
    key: month,
    header: metricFormat.month(month),
    cells: Object.fromEntries(series.map((s) => [s.key, format.number(s.values[index] ?? 0)])),
  }));
  const countTitle = t("app.analytics.initiatives.count_by_month");
  const reachTitle = t("app.analytics.initiatives.reach_by_month");
  const chart = (title: string, shown: typeof series) => (
    <MonthlyChart
      title={title}
      months={months}
      monthLabel={metricFormat.month}
      series={shown}
      formatValue={format.number}
    />
  );
  return (
    <>
      <ChartFigure
        title={countTitle}
        rowHeader={t("app.analytics.column.month")}
        columns={columns.slice(0, 1)}
        rows={rows}
      >
        {chart(countTitle, series.slice(0, 1))}
      </ChartFigure>
      <ChartFigure
        title={reachTitle}
        rowHeader={t("app.analytics.column.month")}
        columns={columns.slice(1)}
        rows={rows}
      >
        {chart(reachTitle, series.slice(1))}
      </ChartFigure>
    </>
  );
}

function ByRegion({ data, search }: { data: TInitiativesAnalytics; search: AnalyticsSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  const cells = useReachCells();
  const title = t("app.analytics.initiatives.by_region");
  const rows = [...data.byRegion].sort((a, b) => b.initiatives - a.initiatives);
  const name = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  return (
    <ChartFigure
      title={title}
      rowHeader={t("app.analytics.column.region")}
      columns={useReachColumns()}
      rows={rows.map((row) => ({
        key: row.regionCode,
        header: (
          <Link to="/initiatives" search={{ region: row.regionCode, from: search.from, to: search.to }}>
            {name(row.regionCode)}
          </Link>
        ),
        cells: cells(row),
      }))}
    >
      <BarChart
        title={title}
        items={rows.map((row) => ({
          key: row.regionCode,
          label: name(row.regionCode),
          value: row.initiatives,
        }))}
        formatValue={format.number}
      />
    </ChartFigure>
  );
}

function ByMemorandum({ data }: { data: TInitiativesAnalytics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cells = useReachCells();
  const title = t("app.analytics.initiatives.by_memorandum");
  const label = (row: TInitiativesAnalytics["byMemorandum"][number]) =>
    [row.number, format.text(row.title)].filter(Boolean).join(" · ");
  return (
    <ChartFigure
      title={title}
      rowHeader={t("app.analytics.column.memorandum")}
      columns={useReachColumns()}
      rows={data.byMemorandum.map((row) => ({
        key: row.memorandumId,
        header: (
          <Link to="/memoranda/$id" params={{ id: row.memorandumId }}>
            {label(row)}
          </Link>
        ),
        cells: cells(row),
      }))}
    >
      <BarChart
        title={title}
        items={data.byMemorandum.map((row) => ({
          key: row.memorandumId,
          label: label(row),
          value: row.initiatives,
        }))}
        formatValue={format.number}
      />
    </ChartFigure>
  );
}

/** Joint initiatives and their reach over the period, by region and memorandum; practices and their replication. */
export function InitiativesSection({ search }: { search: AnalyticsSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const initiatives = useQuery(initiativesAnalyticsQueryOptions(search));
  return (
    <section
      aria-labelledby="analytics-initiatives"
      className="analytics-section"
      aria-busy={initiatives.isFetching}
    >
      <h2 id="analytics-initiatives">{t("app.analytics.view.initiatives")}</h2>
      {initiatives.isPending ? (
        <LoadingState />
      ) : initiatives.isError ? (
        <ErrorState error={initiatives.error} onRetry={() => initiatives.refetch()} />
      ) : (
        <>
          <PeriodLine period={initiatives.data.period} />
          <p>
            {t("app.analytics.initiatives.totals", {
              initiatives: initiatives.data.totals.initiatives,
              children: format.number(initiatives.data.totals.children),
              parents: format.number(initiatives.data.totals.parents),
              specialists: format.number(initiatives.data.totals.specialists),
            })}
          </p>
          <div className="analytics-grid">
            <OverTime data={initiatives.data} />
            <ByRegion data={initiatives.data} search={search} />
            <ByMemorandum data={initiatives.data} />
          </div>
          <PracticesTable practices={initiatives.data.practices} />
        </>
      )}
    </section>
  );
}
